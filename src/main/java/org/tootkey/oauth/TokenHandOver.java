package org.tootkey.oauth;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationCodeGrantFilter;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * The return from the server in one request: where Spring Security's
 * {@link OAuth2AuthorizationCodeGrantFilter} goes once it has exchanged the code.
 * <p>
 * After a successful exchange the filter saves the authorized client and then sends the
 * visitor to the address its {@link RequestCache} names, or, when the cache has none, to
 * the bare redirect URI ({@code /callback}), which would cost a second request before the
 * wizard could even look at the key. The filter's redirect strategy is fixed and it has
 * no success handler; the request cache is its one documented say in "where next",
 * consulted only after a successful exchange, in the same request, with the response not
 * yet committed. This cache answers that question: it takes the key out of Spring
 * Security's store ({@link OAuthFlow#takeToken}), hands it to the {@link TokenArrival}
 * (the wizard checks it against the account) and names the page that follows:
 * {@code /authorized} or a problem page. State, PKCE, the issuer check and the code
 * exchange stay Spring Security's (and {@link IssuerCheckFilter}'s); a denied, failed,
 * replayed or foreign return never gets here and reaches the callback handler as before.
 * <p>
 * Only the grant filter uses this cache; nothing is ever saved in it, so the rest of the
 * chain keeps its {@code NullRequestCache}.
 */
final class TokenHandOver implements RequestCache {

	private final OAuthFlow oauth;

	private final ObjectProvider<TokenArrival> arrival;

	TokenHandOver(OAuthFlow oauth, ObjectProvider<TokenArrival> arrival) {
		this.oauth = oauth;
		this.arrival = arrival;
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		TokenArrival next = this.arrival.getIfAvailable();
		if (next == null) {
			// No wizard in this context (a test slice): the bare callback follows.
			return null;
		}
		Optional<GrantedToken> token = this.oauth.takeToken(request, response);
		return token.map((granted) -> new SimpleSavedRequest(next.arrived(granted, request, response))).orElse(null);
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
	}

	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
	}

}
