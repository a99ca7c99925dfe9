package org.tootkey.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

/** The languages Tootkey speaks, and how a request picks one of them. */
final class Languages {

	/** In the order the switcher lists them; English is the fallback. */
	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
			Locale.forLanguageTag("es"), Locale.JAPANESE);

	/**
	 * The languages' own codes ("en", "de" …), the common case, looked up without
	 * parsing.
	 */
	private static final Map<String, Locale> BY_CODE = Map.of("en", Locale.ENGLISH, "de", Locale.GERMAN, "fr",
			Locale.FRENCH, "es", SUPPORTED.get(3), "ja", Locale.JAPANESE);

	/**
	 * {@code Accept-Language} headers seen recently and the language each chose: a
	 * browser sends the same header on every request, and parsing it is a measurable part
	 * of a page's CPU (issue 16). Bounded: only short headers, emptied when full.
	 */
	static final Map<String, Locale> FROM_HEADER = new ConcurrentHashMap<>();

	static final int MAX_CACHED_HEADERS = 256;

	static final int MAX_CACHED_HEADER_LENGTH = 200;

	private Languages() {
	}

	/** The supported language a code names ("de", "de-AT", "DE"), or null. */
	static Locale supported(String code) {
		if (code == null) {
			return null;
		}
		Locale exact = BY_CODE.get(code);
		if (exact != null) {
			return exact;
		}
		if (code.isBlank()) {
			return null;
		}
		String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}

	/**
	 * The best supported language from the browser's {@code Accept-Language}, else
	 * English.
	 */
	static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null) {
			return Locale.ENGLISH;
		}
		if (header.length() > MAX_CACHED_HEADER_LENGTH) {
			return parse(header);
		}
		Locale cached = FROM_HEADER.get(header);
		if (cached != null) {
			return cached;
		}
		Locale chosen = parse(header);
		if (FROM_HEADER.size() >= MAX_CACHED_HEADERS) {
			FROM_HEADER.clear();
		}
		FROM_HEADER.put(header, chosen);
		return chosen;
	}

	private static Locale parse(String header) {
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			if (best != null) {
				return best;
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header: fall back to English.
		}
		return Locale.ENGLISH;
	}

}
