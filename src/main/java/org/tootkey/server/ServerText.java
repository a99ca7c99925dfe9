package org.tootkey.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Text a server sends, made fit to keep and show: bounded in length, without control
 * characters, bidirectional overrides or invisible characters (which can make one name
 * look like another, or reverse what follows), whitespace collapsed. Everything a server
 * names passes through here before it is stored in a profile, a session or a page.
 */
public final class ServerText {

	/** Names and titles: a server's title, a display name, a user name. */
	public static final int MAX_NAME = 100;

	/** Short identifiers: a program's name, a version, an id. */
	public static final int MAX_TOKEN = 64;

	/** Addresses (endpoints, pictures, links). */
	public static final int MAX_URI = 2048;

	/** What we read from any one string before cleaning it (keeps the work small too). */
	static final int MAX_INPUT = 16 * 1024;

	private ServerText() {
	}

	/**
	 * Cleaned text of at most {@code max} characters (an ellipsis marks a cut), or "" for
	 * null.
	 */
	public static String clean(String text, int max) {
		if (text == null) {
			return "";
		}
		int limit = Math.min(text.length(), MAX_INPUT);
		StringBuilder out = new StringBuilder(Math.min(limit, max + 1));
		boolean space = false;
		for (int i = 0; i < limit && out.length() <= max;) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = out.length() > 0;
				continue;
			}
			if (isInvisible(c)) {
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.appendCodePoint(c);
		}
		if (out.length() > max || text.length() > limit) {
			int cut = Math.max(0, max - 1);
			if (cut > 0 && Character.isHighSurrogate(out.charAt(cut - 1))) {
				cut--;
			}
			out.setLength(Math.min(cut, out.length()));
			return out.toString().strip() + "…";
		}
		return out.toString();
	}

	/** Cleaned text, or null when nothing is left. */
	public static String cleanOrNull(String text, int max) {
		String cleaned = clean(text, max);
		return cleaned.isEmpty() ? null : cleaned;
	}

	/**
	 * At most {@code maxCount} cleaned, non-empty items of at most {@code maxLength}
	 * characters.
	 */
	static List<String> cleanList(Collection<String> items, int maxCount, int maxLength) {
		List<String> out = new ArrayList<>();
		for (String item : items) {
			if (out.size() >= maxCount) {
				break;
			}
			String cleaned = clean(item, maxLength);
			if (!cleaned.isEmpty()) {
				out.add(cleaned);
			}
		}
		return List.copyOf(out);
	}

	/**
	 * Control characters (C0, C1, DEL), bidirectional marks, embeddings, overrides and
	 * isolates, zero-width characters, the byte-order mark, and unassigned or private-use
	 * code points.
	 */
	static boolean isInvisible(int c) {
		if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x180E || c == 0x034F
				|| c == 0x00AD || c == 0x061C || c == 0x200E || c == 0x200F) {
			return true;
		}
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || (c >= 0x2061 && c <= 0x2064)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
				|| type == Character.PRIVATE_USE || type == Character.SURROGATE;
	}

}
