package org.tootkey.wizard;

import java.util.List;

/** The optional first post from the authorized page. */
class FirstPostForm {

	static final List<String> VISIBILITIES = List.of("private", "unlisted", "public");

	static final int MAX_LENGTH = 500;

	private String text = "";

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
