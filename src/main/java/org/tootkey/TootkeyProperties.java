package org.tootkey;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator can set, all optional ({@code tootkey.*}, or {@code TOOTKEY_*}
 * environment variables).
 *
 * @param publicUrl the externally visible base URL; the OAuth callback is
 * {@code {public-url}/callback}. When unset it is derived from each request (which
 * honours forwarded headers from a trusted proxy).
 * @param allowLocalServers lift the outbound address filter and allow {@code http://}, IP
 * addresses and explicit ports, for trying a server on your own machine or network
 * @param sessionTimeout how long an idle wizard lives
 * @param sessionLifetime how long a wizard lives at most, however busy
 * @param sessionWarning how long before a wizard's session runs out its pages warn
 */
@ConfigurationProperties("tootkey")
public record TootkeyProperties(URI publicUrl, @DefaultValue("false") boolean allowLocalServers,
		@DefaultValue("15m") Duration sessionTimeout, @DefaultValue("30m") Duration sessionLifetime,
		@DefaultValue("2m") Duration sessionWarning) {

	public TootkeyProperties {
		if (publicUrl != null) {
			String text = publicUrl.toString();
			publicUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
		}
	}

}
