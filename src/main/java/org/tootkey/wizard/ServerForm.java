package org.tootkey.wizard;

/** What the visitor typed on the server page, kept as typed. */
class ServerForm {

	private String server = "";

	public String getServer() {
		return this.server;
	}

	public void setServer(String server) {
		this.server = (server != null) ? server : "";
	}

}
