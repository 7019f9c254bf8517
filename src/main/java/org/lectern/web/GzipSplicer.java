package org.lectern.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Builds a page's gzip body from pieces, compressing the parts every student gets alike (a
 * reading's sections, its shared fragments) once and reusing them. Compressing each page whole
 * cost as much CPU as rendering it. A deflate stream may be cut into blocks that each end on a byte
 * boundary (a sync flush): a part compressed on its own, with no reference to text before it, is a
 * valid run of blocks anywhere in the stream. So a page's gzip is the header, each piece's blocks
 * in order (the page's own parts compressed as it is served, the kept parts as stored), an empty
 * final block, and the CRC-32 and length of the whole text.
 */
final class GzipSplicer {

    /** Fastest level: at a class's peak CPU is what runs out (see LecternServer.GZIP_LEVEL). */
    static final int LEVEL = LecternServer.GZIP_LEVEL;
    /** Kept parts stored at most; past this the store starts again (a school's readings have few). */
    static final int KEPT = 20_000;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    /** A part's UTF-8 text and its blocks. */
    record Deflated(byte[] text, byte[] blocks) {}

    private final Map<String, Deflated> kept = new ConcurrentHashMap<>();

    /** One piece of a page: text compressed as the page is served, or a part compressed once and kept. */
    record Piece(String text, boolean keep) {}

    /** The gzip body of the pieces' text, in order. */
    byte[] gzip(Iterable<Piece> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        out.writeBytes(HEADER);
        CRC32 crc = new CRC32();
        long length = 0;
        Deflater deflater = new Deflater(LEVEL, true);
        byte[] buffer = new byte[8192];
        try {
            for (Piece p : pieces) {
                Deflated d = p.keep() ? keptBlocks(p.text()) : null;
                byte[] text = d != null ? d.text() : p.text().getBytes(StandardCharsets.UTF_8);
                if (text.length == 0) {
                    continue;
                }
                crc.update(text);
                length += text.length;
                if (d != null) {
                    out.writeBytes(d.blocks());
                } else {
                    // A fresh dictionary: the text before this piece may be a kept part this deflater never saw.
                    deflater.reset();
                    blocks(deflater, text, buffer, out);
                }
            }
            deflater.reset();
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        int c = (int) crc.getValue();
        int n = (int) length;
        out.write(c);
        out.write(c >>> 8);
        out.write(c >>> 16);
        out.write(c >>> 24);
        out.write(n);
        out.write(n >>> 8);
        out.write(n >>> 16);
        out.write(n >>> 24);
        return out.toByteArray();
    }

    private Deflated keptBlocks(String text) {
        Deflated d = kept.get(text);
        if (d == null) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            Deflater deflater = new Deflater(LEVEL, true);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 64);
                blocks(deflater, utf8, new byte[8192], out);
                d = new Deflated(utf8, out.toByteArray());
            } finally {
                deflater.end();
            }
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(text, d);
        }
        return d;
    }

    /** {@code text} as deflate blocks ending on a byte boundary (sync flush), none of them final. */
    private static void blocks(Deflater deflater, byte[] text, byte[] buffer, ByteArrayOutputStream out) {
        deflater.setInput(text);
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
    }
}
