package org.tootkey.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The languages Tootkey speaks, and how a request picks one of them. */
final class Languages {

	/** In the order the switcher lists them; English is the fallback. */
	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
			Locale.forLanguageTag("es"), Locale.JAPANESE);

	private Languages() {
	}

	/** The supported language a code names ("de", "de-AT", "DE"), or null. */
	static Locale supported(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}

	/** The best supported language from the browser's {@code Accept-Language}, else English. */
	static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header: fall back to English.
			}
		}
		return Locale.ENGLISH;
	}

}
