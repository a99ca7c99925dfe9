package org.tootkey.wizard;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tootkey.exchanges.ExchangeLogs.RecordedPaths;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.web.JourneyPages;
import org.tootkey.wizard.WizardSession.Step;

/**
 * The journey's pages for the layers below the wizard, which know them only by what they
 * are for ({@link JourneyPages}), and the pages whose calls to servers are recorded for
 * "technical details" ({@link RecordedPaths}).
 */
@Configuration(proxyBeanMethods = false)
public class WizardPages implements JourneyPages {

	/** Starts a fresh wizard (a POST). */
	static final String START_OVER = "/start";

	/** The show-once page at the end of the journey. */
	static final String CREDENTIALS = "/credentials";

	@Override
	public String path(Page page) {
		return switch (page) {
			case START_OVER -> START_OVER;
			case PERMISSIONS -> Step.SERVER_CHOSEN.path();
			case AUTHORIZE -> Step.APP_REGISTERED.path();
			case CREDENTIALS -> CREDENTIALS;
		};
	}

	/**
	 * From the server step to the reveal, with the sign-in's own endpoints in between
	 * (the token exchange happens at the callback, before any handler).
	 */
	@Bean
	RecordedPaths wizardRecordedPaths() {
		return new RecordedPaths(List.of(Step.STARTED.path(), Step.SERVER_CHOSEN.path(), Step.APP_REGISTERED.path(),
				OAuthFlow.CALLBACK_PATH, OAuthFlow.AUTHORIZATION_PATH + "*", Step.AUTHORIZED.path(),
				Step.AUTHORIZED.path() + "/*", Step.CONFIRMED.path(), Step.CONFIRMED.path() + "/*",
				AnotherAccountController.PATH, CREDENTIALS));
	}

}
