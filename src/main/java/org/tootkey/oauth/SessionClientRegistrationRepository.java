package org.tootkey.oauth;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Serves the one OAuth registration of the current visitor, kept in their HTTP session.
 * Registrations do not exist at start-up: each is created after the app is registered on
 * the visitor's server, with a fresh id per attempt. Another visitor's id finds nothing.
 */
class SessionClientRegistrationRepository implements ClientRegistrationRepository {

	static final String ATTRIBUTE = SessionClientRegistrationRepository.class.getName() + ".REGISTRATION";

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		HttpSession session = currentSession(false);
		if (session == null || registrationId == null) {
			return null;
		}
		Object stored = session.getAttribute(ATTRIBUTE);
		return (stored instanceof ClientRegistration registration
				&& registration.getRegistrationId().equals(registrationId)) ? registration : null;
	}

	ClientRegistration current() {
		HttpSession session = currentSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof ClientRegistration registration)
				? registration : null;
	}

	void save(ClientRegistration registration) {
		currentSession(true).setAttribute(ATTRIBUTE, registration);
	}

	void remove() {
		HttpSession session = currentSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	private static HttpSession currentSession(boolean create) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getSession(create);
		}
		return null;
	}

}
