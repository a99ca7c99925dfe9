package org.tootkey.group;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;

import org.tootkey.seal.BrokenSealException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.tootkey.group.ClassLinks.NOW;

class LinkSealerTests {

	private static final SecretKey KEY = LinkSealer.key(null);

	private final LinkSealer sealer = ClassLinks.sealer(KEY, NOW);

	private String sealedForADay() {
		return this.sealer.seal(link(NOW.plus(Duration.ofDays(1))), ClassLinks.CALLBACK);
	}

	@Test
	void sealedLinkWhenOpenedThenCarriesServerAppAndExpiry() {
		ClassLink opened = this.sealer.open(sealedForADay(), ClassLinks.CALLBACK);

		assertThat(opened.app()).isEqualTo(ClassLinks.app());
		assertThat(opened.app().scopes()).containsExactly("profile", "write:statuses", "write:media");
		assertThat(opened.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
		assertThat(opened.server().baseUri()).isEqualTo(ClassLinks.server().baseUri());
		assertThat(opened.server().title()).isEqualTo("Example Social");
		assertThat(opened.server().softwareLine()).isEqualTo("Mastodon 4.5.0");
		assertThat(opened.server().capabilities().authorizeEndpoint())
			.isEqualTo(ClassLinks.server().capabilities().authorizeEndpoint());
		assertThat(opened.server().capabilities().tokenEndpoint())
			.isEqualTo(ClassLinks.server().capabilities().tokenEndpoint());
		assertThat(opened.server().capabilities().issuer()).isEqualTo("https://mastodon.social/");
		assertThat(opened.server().capabilities().pkce()).isTrue();
		assertThat(opened.server().capabilities().issAdvertised()).isTrue();
	}

	@Test
	void sealedLinkWhenReadThenShowsNeitherSecretNorClientIdAndIsShortEnoughForAQrCode() {
		String sealed = sealedForADay();

		assertThat(sealed).doesNotContain(ClassLinks.app().clientSecret())
			.doesNotContain(ClassLinks.app().clientId())
			.doesNotContain("mastodon.social")
			.matches("[A-Za-z0-9_-]+");
		String url = "https://tootkey.example/join/" + sealed;
		int version = (QrCodes.of(url).size() - 8 - 17) / 4;
		System.out.printf("class link: %d characters, QR version %d%n", url.length(), version);
		// a Mastodon app (43-character id and secret): at most a version 14 QR code (73
		// modules a side)
		assertThat(version).as("QR version for %d characters", url.length()).isLessThanOrEqualTo(14);
	}

	@Test
	void sealingTwiceWhenSameLinkThenDifferentTextBecauseEachNonceIsFresh() {
		assertThat(sealedForADay()).isNotEqualTo(sealedForADay());
	}

	@Test
	void anyByteWhenChangedThenLinkRefusedAsDamaged() {
		String sealed = sealedForADay();
		byte[] bytes = Base64.getUrlDecoder().decode(sealed);
		for (int i = 0; i < bytes.length; i++) {
			for (int bit = 0; bit < 8; bit++) {
				byte[] changed = bytes.clone();
				changed[i] ^= (byte) (1 << bit);
				String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
				assertRefused(tampered, Reason.DAMAGED, "byte " + i + " bit " + bit);
			}
		}
	}

	@Test
	void anyCharacterWhenChangedAddedOrRemovedThenLinkRefused() {
		String sealed = sealedForADay();
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int i = 0; i < sealed.length(); i++) {
			char other;
			do {
				other = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			while (other == sealed.charAt(i));
			String changed = sealed.substring(0, i) + other + sealed.substring(i + 1);
			assertRefused(changed, Reason.DAMAGED, "seed " + seed + ", character " + i);
		}
		assertRefused(sealed.substring(0, sealed.length() - 1), Reason.DAMAGED, "last character removed");
		assertRefused(sealed + "A", Reason.DAMAGED, "a character added");
		assertRefused(sealed.substring(1), Reason.DAMAGED, "first character removed");
		assertRefused("", Reason.DAMAGED, "empty");
		assertRefused("x".repeat(LinkSealer.MAX_LENGTH + 1), Reason.DAMAGED, "too long");
		assertRefused(sealed.replace('A', '+'), Reason.DAMAGED, "not base64url");
	}

	@Test
	void linkWhenSealedUnderAnotherKeyThenRefusedAsDamaged() {
		String foreign = ClassLinks.sealer(LinkSealer.key(null), NOW)
			.seal(link(NOW.plus(Duration.ofDays(1))), ClassLinks.CALLBACK);

		assertRefused(foreign, Reason.DAMAGED, "another key");
	}

	@Test
	void linkWhenOpenedAfterItsEndThenRefusedAsExpired() {
		String sealed = sealedForADay();

		assertThat(ClassLinks.sealer(KEY, NOW.plus(Duration.ofHours(23))).open(sealed, ClassLinks.CALLBACK))
			.isNotNull();
		assertRefused(ClassLinks.sealer(KEY, NOW.plus(Duration.ofDays(1))), sealed, Reason.EXPIRED, "at its end");
		assertRefused(ClassLinks.sealer(KEY, NOW.plus(Duration.ofDays(30))), sealed, Reason.EXPIRED, "a month later");
	}

	@Test
	void sealingWhenLongerThanSevenDaysOrAlreadyOverThenRefused() {
		assertThat(this.sealer.seal(link(NOW.plus(Duration.ofDays(7))), ClassLinks.CALLBACK)).isNotEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.sealer.seal(link(NOW.plus(Duration.ofDays(7)).plusSeconds(1)), ClassLinks.CALLBACK));
		assertThatIllegalArgumentException().isThrownBy(() -> this.sealer.seal(link(NOW), ClassLinks.CALLBACK));
	}

	@Test
	void linkWhenItsEndIsFurtherThanSevenDaysAwayThenRefusedEvenUnderTheRightKey() {
		// sealed by a Tootkey whose clock ran a month ahead: the link claims more than a
		// week of life
		String sealed = ClassLinks.sealer(KEY, NOW.plus(Duration.ofDays(30)))
			.seal(link(NOW.plus(Duration.ofDays(31))), ClassLinks.CALLBACK);

		assertRefused(sealed, Reason.DAMAGED, "more than seven days to go");
	}

	@Test
	void redirectUriWhenThisTootkeysCallbackThenLeftOutAndRestoredElseKept() {
		ClassLink link = new ClassLink(ClassLinks.server(), ClassLinks.app(), NOW.plus(Duration.ofDays(1)));
		String without = this.sealer.seal(link, ClassLinks.CALLBACK);
		String with = this.sealer.seal(link, "https://other.tootkey.example/callback");

		assertThat(without.length()).isLessThan(with.length() - 40);
		assertThat(this.sealer.open(without, ClassLinks.CALLBACK).app().redirectUri()).isEqualTo(ClassLinks.CALLBACK);
		assertThat(this.sealer.open(with, "https://other.tootkey.example/callback").app().redirectUri())
			.isEqualTo(ClassLinks.CALLBACK);
	}

	@Test
	void operatorKeyWhenBase64Of32RandomBytesThenOpensLinksSealedUnderIt() {
		byte[] bytes = new byte[32];
		new Random(7).nextBytes(bytes);
		String configured = Base64.getEncoder().encodeToString(bytes);
		LinkSealer one = ClassLinks.sealer(LinkSealer.key(configured), NOW);
		LinkSealer other = ClassLinks.sealer(LinkSealer.key(Base64.getUrlEncoder().encodeToString(bytes)), NOW);

		String sealed = one.seal(link(NOW.plusSeconds(3600)), ClassLinks.CALLBACK);

		assertThat(other.open(sealed, ClassLinks.CALLBACK).app()).isEqualTo(ClassLinks.app());
	}

	@Test
	void operatorKeyWhenShortNotBase64OrNotRandomThenStartStopsWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> LinkSealer.key("c2VjcmV0"))
			.withMessageContaining("exactly 32 bytes, not 6")
			.withMessageContaining("openssl rand -base64 32");
		assertThatIllegalStateException().isThrownBy(() -> LinkSealer.key("not base64 at all!"))
			.withMessageContaining("not base64");
		assertThatIllegalStateException()
			.isThrownBy(() -> LinkSealer.key(Base64.getEncoder().encodeToString(new byte[32])))
			.withMessageContaining("does not look random");
		assertThatIllegalStateException().isThrownBy(
				() -> LinkSealer.key(Base64.getEncoder().encodeToString("passwordpasswordpasswordpassword".getBytes())))
			.withMessageContaining("does not look random")
			.withMessageNotContaining("cGFzc3dvcmQ");
	}

	private static ClassLink link(Instant expiresAt) {
		return new ClassLink(ClassLinks.server(), ClassLinks.app(), expiresAt);
	}

	private void assertRefused(String sealed, Reason reason, String what) {
		assertRefused(this.sealer, sealed, reason, what);
	}

	private static void assertRefused(LinkSealer sealer, String sealed, Reason reason, String what) {
		try {
			sealer.open(sealed, ClassLinks.CALLBACK);
			fail("opened a link with " + what);
		}
		catch (BrokenSealException ex) {
			assertThat(ex.isExpired() ? Reason.EXPIRED : Reason.DAMAGED).as(what).isEqualTo(reason);
		}
	}

	/** Why a link is refused: the two kinds the join page tells apart. */
	private enum Reason {

		DAMAGED, EXPIRED

	}

	@Test
	void refusalWhenThrownThenCarriesNothingOfTheLink() {
		String sealed = sealedForADay();
		assertThatThrownBy(() -> this.sealer.open(sealed + "A", ClassLinks.CALLBACK))
			.isInstanceOf(BrokenSealException.class)
			.hasMessage("seal.damaged")
			.hasNoCause();
		assertThat(Instant.now()).isNotNull();
	}

}
