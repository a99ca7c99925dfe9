package org.tootkey.oauth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What happens to a key the moment Spring Security has exchanged the code for it, while
 * the server's return ({@code /callback?code=…&state=…}) is still being answered. The
 * wizard implements it (check the key, record it), so that the return needs one request
 * instead of a second hop through the bare callback address; {@code oauth/} only declares
 * it and never names the wizard.
 */
@FunctionalInterface
public interface TokenArrival {

	/**
	 * Takes over the key just granted and says where the visitor goes next.
	 * @param token the key, no longer held by Spring Security
	 * @param request the callback request
	 * @param response its response, not yet committed
	 * @return a path within this application (no scheme, host or context path) without
	 * any secret in it, e.g. {@code /authorized} or a problem page
	 */
	String arrived(GrantedToken token, HttpServletRequest request, HttpServletResponse response);

}
