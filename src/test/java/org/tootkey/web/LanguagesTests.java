package org.tootkey.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

	@Test
	void browserLanguageWhenSupportedThenChosenByPreference() {
		assertThat(Languages.fromBrowser(request("de-AT,de;q=0.9,en;q=0.5"))).isEqualTo(Locale.GERMAN);
		assertThat(Languages.fromBrowser(request("pt-BR,ja;q=0.8,fr;q=0.5"))).isEqualTo(Locale.JAPANESE);
		assertThat(Languages.fromBrowser(request("es-419"))).isEqualTo(Locale.forLanguageTag("es"));
	}

	@Test
	void browserLanguageWhenUnsupportedMissingOrMalformedThenEnglish() {
		assertThat(Languages.fromBrowser(request("pt-BR"))).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromBrowser(request(null))).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromBrowser(request(";;;q=x"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void browserLanguageWhenAskedAgainThenTheSameAnswerFromTheCacheAndTheCacheStaysBounded() {
		assertThat(Languages.fromBrowser(request("fr-CH,fr;q=0.9"))).isEqualTo(Locale.FRENCH);
		assertThat(Languages.fromBrowser(request("fr-CH,fr;q=0.9"))).isEqualTo(Locale.FRENCH);
		assertThat(Languages.fromBrowser(request("pt-PT"))).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromBrowser(request("pt-PT"))).isEqualTo(Locale.ENGLISH);
		for (int i = 0; i < 3 * Languages.MAX_CACHED_HEADERS; i++) {
			assertThat(Languages.fromBrowser(request(String.format("ja;q=0.%03d", i + 1)))).isEqualTo(Locale.JAPANESE);
			assertThat(Languages.FROM_HEADER.size()).isLessThanOrEqualTo(Languages.MAX_CACHED_HEADERS);
		}
		String huge = "de," + "xx;q=0.1,".repeat(100);
		assertThat(Languages.fromBrowser(request(huge))).isEqualTo(Locale.GERMAN);
	}

	@Test
	void switcherCodeWhenSupportedThenItsLanguageElseNothing() {
		assertThat(Languages.supported("de")).isEqualTo(Locale.GERMAN);
		assertThat(Languages.supported("es")).isEqualTo(Locale.forLanguageTag("es"));
		assertThat(Languages.supported(null)).isNull();
		assertThat(Languages.supported("  ")).isNull();
		assertThat(Languages.supported("FR")).isEqualTo(Locale.FRENCH);
		assertThat(Languages.supported("ja_JP")).isEqualTo(Locale.JAPANESE);
		assertThat(Languages.supported("xx")).isNull();
		assertThat(Languages.supported("")).isNull();
	}

	@Test
	void switcherLinkWhenPathIsOddThenItPointsToTheStartInstead() {
		LanguageSwitch links = new LanguageSwitch();
		assertThat(links.currentPath(path("/permissions"))).isEqualTo("/permissions");
		assertThat(links.currentPath(path("/problem/link-expired"))).isEqualTo("/problem/link-expired");
		assertThat(links.currentPath(path("//evil.example/x"))).isEqualTo("/");
		assertThat(links.currentPath(path("/a\\b"))).isEqualTo("/");
	}

	private static MockHttpServletRequest path(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		return request;
	}

	private static MockHttpServletRequest request(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		return request;
	}

}
