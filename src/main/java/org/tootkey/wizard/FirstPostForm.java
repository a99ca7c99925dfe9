package org.tootkey.wizard;

import java.util.List;

import org.tootkey.validation.Filled;
import org.tootkey.validation.MaxCharacters;
import org.tootkey.validation.OneOf;

/** The optional first post from the authorized page. */
class FirstPostForm {

	static final List<String> VISIBILITIES = List.of("private", "unlisted", "public");

	static final int MAX_LENGTH = 500;

	@Filled(message = "{authorized.post.error.empty}")
	@MaxCharacters(value = MAX_LENGTH, message = "{authorized.post.error.long}")
	private String text = "";

	@OneOf(value = { "private", "unlisted", "public" }, message = "{authorized.post.error.visibility}")
	private String visibility = "private";

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = (text != null) ? text : "";
	}

	public String getVisibility() {
		return this.visibility;
	}

	public void setVisibility(String visibility) {
		this.visibility = visibility;
	}

}
