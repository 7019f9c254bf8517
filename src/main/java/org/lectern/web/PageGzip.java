package org.lectern.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.lectern.shared.SafeHtml;

/**
 * A rendered page's gzip body, built in one pass. Two savings over compressing each page as a
 * stream: a reading's section, the largest part of the page and the same for every student, is
 * compressed once, at the best level, and its blocks reused (a kept {@link SafeHtml}); and the
 * compressor is reused from a pool, where a stream per page set up and cleared zlib's tables each
 * time and compressed in 512-byte steps. Measured on the 11 KB reading page (this machine, one
 * run): 175 µs a page as a stream at level 1, 60-90 µs spliced; 5.0 KB sent instead of 4.0 KB, the
 * section's text and its sentence list no longer sharing one compressor's window.
 *
 * <p>Why splicing is valid: a deflate stream may be cut into runs of blocks that each end on a
 * byte boundary (a sync flush). A run compressed with no reference to text before it decodes the
 * same anywhere in a stream. So the body is gzip's header, each piece's blocks in order (the
 * page's own text compressed now, kept parts as stored), a final block, and the CRC-32 and length
 * of the whole text. Only large kept parts are worth a cut: each cut ends the page's compressor's
 * run and starts a new one with an empty dictionary.
 *
 * <p>A page with kept parts whose body still fits a new connection's first window (10 segments,
 * about 14 KB, less the headers) has its own text stored, not compressed: it arrives in the same
 * round trip either way, and compressing it was a fifth of the reading page's cost at a class's
 * peak (profiled, 200 students). Past the window it is compressed as before.
 */
final class PageGzip {

    /** Below this a page goes out plain, as with Javalin's own compression (gzip would not pay). */
    static final int MIN_BYTES = 1500;
    /** A kept part shorter than this is compressed with the page's own text. */
    static final int KEPT_MIN_CHARS = 1024;
    /** Kept parts stored at most; past this the store starts again (a school's readings have few). */
    static final int KEPT_STORED = 20_000;
    /** A body up to this size goes in a new connection's first window (10 segments of 1,460 bytes, less headers). */
    static final int FIRST_WINDOW_BYTES = 12 * 1024;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** An empty final block with fixed codes, after a byte boundary: BFINAL=1, BTYPE=01, end-of-block. */
    private static final byte[] EMPTY_FINAL_BLOCK = {0x03, 0x00};

    private final int level;
    private final BlockingQueue<Worker> pool = new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors() + 2);
    private final Map<SafeHtml, Deflated> kept = new ConcurrentHashMap<>();

    /** A page's gzip body and the length of its plain UTF-8 text (to check it is still the response). */
    record Body(byte[] gzip, long plainBytes) {}

    /** A kept part's UTF-8 text and its deflate blocks. */
    private record Deflated(byte[] text, byte[] blocks) {}

    /** A compressor and its scratch space, used by one page at a time. */
    private static final class Worker {
        final Deflater deflater;
        /** Stores the page's own text when compressing it would not save a round trip. */
        final Deflater store = new Deflater(Deflater.NO_COMPRESSION, true);
        final byte[] buffer = new byte[16 * 1024];
        final ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        boolean used;

        Worker(int level) {
            deflater = new Deflater(level, true);
        }
    }

    /** {@code level}: for each page's own text; kept parts, compressed once, get the best level. */
    PageGzip(int level) {
        this.level = level;
    }

    /** Is this part large enough to be compressed once and spliced into pages? */
    static boolean worthKeeping(SafeHtml part) {
        return part.kept() && part.html().length() >= KEPT_MIN_CHARS;
    }

    /**
     * The gzip body of the pieces' text, in order. A piece is a {@link String} of the page's own
     * text or a kept {@link SafeHtml}.
     */
    Body gzip(List<Object> pieces) {
        Worker w = pool.poll();
        if (w == null) {
            w = new Worker(level);
        }
        try {
            return gzip(pieces, w);
        } finally {
            w.deflater.reset();
            w.store.reset();
            w.used = false;
            w.out.reset();
            if (!pool.offer(w)) {
                w.deflater.end();
                w.store.end();
            }
        }
    }

    private Body gzip(List<Object> pieces, Worker w) {
        // The pieces as bytes: kept parts' stored blocks, and the page's own text in UTF-8.
        Object[] bytes = new Object[pieces.size()];
        long keptBytes = 0, ownBytes = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof SafeHtml part) {
                Deflated d = keptBlocks(part);
                bytes[i] = d;
                keptBytes += d.blocks().length;
            } else {
                byte[] text = ((String) pieces.get(i)).getBytes(StandardCharsets.UTF_8);
                bytes[i] = text;
                ownBytes += text.length;
            }
        }
        Deflater own = keptBytes > 0 && keptBytes + ownBytes <= FIRST_WINDOW_BYTES ? w.store : w.deflater;
        ByteArrayOutputStream out = w.out;
        out.writeBytes(HEADER);
        CRC32 crc = new CRC32();
        long length = 0;
        boolean finished = false;
        for (int i = 0; i < bytes.length; i++) {
            boolean last = i == bytes.length - 1;
            if (bytes[i] instanceof Deflated d) {
                crc.update(d.text());
                length += d.text().length;
                out.writeBytes(d.blocks());
                continue;
            }
            byte[] text = (byte[]) bytes[i];
            if (text.length == 0 && !last) {
                continue;
            }
            crc.update(text);
            length += text.length;
            if (w.used) {
                // A fresh dictionary: the text before this piece may be a kept part this compressor never saw.
                own.reset();
            }
            w.used = true;
            own.setInput(text);
            if (last) {
                own.finish();
                while (!own.finished()) {
                    out.write(w.buffer, 0, own.deflate(w.buffer));
                }
                finished = true;
            } else {
                syncFlush(own, w.buffer, out);
            }
        }
        if (!finished) {
            out.writeBytes(EMPTY_FINAL_BLOCK);
        }
        int c = (int) crc.getValue();
        int n = (int) length;
        byte[] trailer = {(byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24),
                (byte) n, (byte) (n >>> 8), (byte) (n >>> 16), (byte) (n >>> 24)};
        out.writeBytes(trailer);
        return new Body(out.toByteArray(), length);
    }

    private Deflated keptBlocks(SafeHtml part) {
        Deflated d = kept.get(part);
        if (d == null) {
            byte[] utf8 = part.html().getBytes(StandardCharsets.UTF_8);
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 64);
                deflater.setInput(utf8);
                syncFlush(deflater, new byte[16 * 1024], out);
                d = new Deflated(utf8, out.toByteArray());
            } finally {
                deflater.end();
            }
            if (kept.size() >= KEPT_STORED) {
                kept.clear();
            }
            kept.put(part, d);
        }
        return d;
    }

    /** The deflater's input as blocks ending on a byte boundary, none of them final. */
    private static void syncFlush(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
    }
}
