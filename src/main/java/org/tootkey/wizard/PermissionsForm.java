package org.tootkey.wizard;

import java.util.ArrayList;
import java.util.List;

import org.tootkey.validation.Filled;
import org.tootkey.validation.MaxCharacters;
import org.tootkey.validation.WebAddress;

/** The permissions page: what the bot may do, and what its app is called. */
class PermissionsForm {

	static final int MAX_NAME = 60;

	static final int MAX_WEBSITE = 200;

	private String preset = ScopePreset.POST_MEDIA.value();

	private List<String> scopes = new ArrayList<>();

	@Filled(message = "{permissions.error.name-empty}")
	@MaxCharacters(value = MAX_NAME, message = "{permissions.error.name-long}")
	private String appName = "";

	@WebAddress(max = MAX_WEBSITE, message = "{permissions.error.website}")
	private String website = "";

	private boolean markBot;

	public String getPreset() {
		return this.preset;
	}

	public void setPreset(String preset) {
		this.preset = preset;
	}

	public List<String> getScopes() {
		return this.scopes;
	}

	public void setScopes(List<String> scopes) {
		this.scopes = (scopes != null) ? scopes : new ArrayList<>();
	}

	public String getAppName() {
		return this.appName;
	}

	public void setAppName(String appName) {
		this.appName = (appName != null) ? appName : "";
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = (website != null) ? website : "";
	}

	public boolean isMarkBot() {
		return this.markBot;
	}

	public void setMarkBot(boolean markBot) {
		this.markBot = markBot;
	}

}
