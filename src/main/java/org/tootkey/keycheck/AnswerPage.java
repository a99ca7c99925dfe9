package org.tootkey.keycheck;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.tootkey.exchanges.ExchangeLog;
import org.tootkey.mastodon.ScopeCatalog;
import org.tootkey.mastodon.TokenInfo;
import org.tootkey.web.ContentSecurityPolicy;

/**
 * Puts a {@link KeyReport} on the answer page: the verdict, the account, the app, what
 * the key may and may not do in the words of the permissions page, its dates, and how to
 * revoke it.
 */
final class AnswerPage {

	static final String VIEW = "check-answer";

	/**
	 * What bot makers ask about most, in the catalogue's words: shown as "it cannot …"
	 * when the key's permissions don't cover them.
	 */
	static final List<String> HEADLINES = List.of("write:statuses", "write:media", "read:statuses",
			"read:notifications", "write:accounts", "write:follows");

	private AnswerPage() {
	}

	/**
	 * @param sealed the key sealed for revoking from this page, or null
	 * @param expectedAccount the account name the visitor typed with the server, or null
	 * @param clientId the client ID the visitor gave, or empty
	 */
	static String render(Model model, HttpServletResponse response, KeyReport report, String sealed,
			String expectedAccount, String clientId, ExchangeLog log) {
		model.addAttribute("report", report);
		model.addAttribute("verdict", report.verdict().slug());
		model.addAttribute("works", report.verdict().works());
		model.addAttribute("server", report.server());
		if (report.account() != null) {
			model.addAttribute("handle", "@" + report.account().username() + "@" + report.server().displayDomain());
			boolean other = expectedAccount != null && !expectedAccount.equalsIgnoreCase(report.account().username());
			model.addAttribute("unexpectedAccount", other ? "@" + expectedAccount : null);
		}
		if (report.verdict().works()) {
			Set<String> scopes = report.scopes();
			model.addAttribute("scopes", scopes.stream().sorted().toList());
			model.addAttribute("described", scopes.stream().filter(ScopeCatalog::described).toList());
			model.addAttribute("scopesAreTheApps", report.scopesAreTheApps());
			model.addAttribute("cannot", scopes.isEmpty() ? List.of()
					: HEADLINES.stream().filter((scope) -> !ScopeCatalog.covers(scopes, scope)).toList());
			dates(model, report.info());
			TokenInfo info = report.info();
			boolean mismatch = info != null && info.clientId() != null && !clientId.isEmpty()
					&& !info.clientId().equals(clientId);
			model.addAttribute("clientIdMismatch", mismatch);
			model.addAttribute("sealed", sealed);
			model.addAttribute("byHand", (sealed == null) ? RevokeByHand.on(report.server()) : null);
		}
		model.addAttribute("exchanges", log.entries());
		model.addAttribute("languageSwitch", false);
		URI avatar = (report.account() != null) ? report.account().avatar() : null;
		ContentSecurityPolicy.allow(response, (avatar != null) ? List.of(avatar) : List.of(), null);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return VIEW;
	}

	private static void dates(Model model, TokenInfo info) {
		if (info == null) {
			return;
		}
		model.addAttribute("neverExpires", info.neverExpires());
		model.addAttribute("expiresOn", date(info.expiresAt()));
		model.addAttribute("createdOn", date(info.createdAt()));
	}

	private static String date(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.format(instant.atZone(ZoneOffset.UTC)) : null;
	}

}
