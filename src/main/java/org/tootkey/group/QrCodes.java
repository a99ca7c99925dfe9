package org.tootkey.group;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as one SVG path, drawn on the server: templates put {@link #path()} into a
 * {@code <path d>} attribute (escaped like any attribute), so no script and no image
 * request is needed, and it prints sharp.
 *
 * @param size modules per side, the quiet zone included
 * @param path the dark modules as SVG path data
 */
public record QrCodes(int size, String path) {

	/** The quiet zone the standard asks for: four modules on every side. */
	private static final int BORDER = 4;

	/** Medium error correction: survives a smudge or a fold on a printed handout. */
	static QrCodes of(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		StringBuilder path = new StringBuilder(qr.size * qr.size * 4);
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return new QrCodes(qr.size + 2 * BORDER, path.toString());
	}

	/** The SVG view box. */
	public String viewBox() {
		return "0 0 " + this.size + " " + this.size;
	}

}
