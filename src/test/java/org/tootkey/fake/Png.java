package org.tootkey.fake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A tiny PNG encoder (no AWT): a filled circle on a light background, for avatars and
 * thumbnails.
 */
final class Png {

	private Png() {
	}

	static byte[] disc(int size, int rgb) {
		int bg = 0xF2F2F2;
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		double r = size / 2.0 - 1;
		for (int y = 0; y < size; y++) {
			raw.write(0); // filter: none
			for (int x = 0; x < size; x++) {
				double dx = x + 0.5 - size / 2.0;
				double dy = y + 0.5 - size / 2.0;
				int c = dx * dx + dy * dy <= r * r ? rgb : bg;
				raw.write((c >> 16) & 0xFF);
				raw.write((c >> 8) & 0xFF);
				raw.write(c & 0xFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		byte[] ihdr = new byte[13];
		putInt(ihdr, 0, size);
		putInt(ihdr, 4, size);
		ihdr[8] = 8; // bit depth
		ihdr[9] = 2; // colour type: truecolour
		chunk(png, "IHDR", ihdr);
		chunk(png, "IDAT", deflate(raw.toByteArray()));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buf = new byte[8192];
		while (!deflater.finished()) {
			out.write(buf, 0, deflater.deflate(buf));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] len = new byte[4];
		putInt(len, 0, data.length);
		out.writeBytes(len);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		byte[] c = new byte[4];
		putInt(c, 0, (int) crc.getValue());
		out.writeBytes(c);
	}

	private static void putInt(byte[] b, int off, int v) {
		b[off] = (byte) (v >>> 24);
		b[off + 1] = (byte) (v >>> 16);
		b[off + 2] = (byte) (v >>> 8);
		b[off + 3] = (byte) v;
	}

}
