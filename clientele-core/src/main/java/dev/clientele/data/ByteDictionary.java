package dev.clientele.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Distinct byte strings mapped to dense codes 0, 1, 2, ... in order of first appearance: an open-addressing
 * hash table (linear probing, at most half full) over one byte arena, so that coding a cell makes no
 * object. Used by {@link CsvChunk} to code text cells while the file is being read.
 *
 * <p>Example: coding "b", "a", "b" gives codes 0, 1, 0 and {@code size() == 2}.
 */
final class ByteDictionary {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private int[] slots = new int[64];
    private int[] slotHashes = new int[64];
    private byte[] arena = new byte[1024];
    private int arenaUsed;
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int size;

    /** The number of distinct strings coded so far. */
    int size() {
        return size;
    }

    /** The code of {@code bytes[from, to)}, adding it when new. */
    int code(byte[] bytes, int from, int to) {
        int h = hash(bytes, from, to);
        int mask = slots.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                int c = add(bytes, from, to);
                slots[slot] = c + 1;
                slotHashes[slot] = h;
                if (2 * size > slots.length) {
                    grow();
                }
                return c;
            }
            int c = entry - 1;
            if (slotHashes[slot] == h
                    && Arrays.equals(arena, starts[c], starts[c] + lengths[c], bytes, from, to)) {
                return c;
            }
        }
    }

    /** Codes every string of {@code other} here; returns, per code of {@code other}, its code here. */
    int[] merge(ByteDictionary other) {
        int[] map = new int[other.size];
        for (int c = 0; c < other.size; c++) {
            map[c] = code(other.arena, other.starts[c], other.starts[c] + other.lengths[c]);
        }
        return map;
    }

    /**
     * The strings in code order, decoded as UTF-8.
     *
     * @throws CharacterCodingException when one is not valid UTF-8
     */
    String[] strings() throws CharacterCodingException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String[] out = new String[size];
        for (int c = 0; c < size; c++) {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(arena, starts[c], lengths[c]));
            out[c] = chars.toString();
        }
        return out;
    }

    private int add(byte[] bytes, int from, int to) {
        int n = to - from;
        if (arenaUsed + n > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(2 * arena.length, arenaUsed + n));
        }
        System.arraycopy(bytes, from, arena, arenaUsed, n);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, 2 * size);
            lengths = Arrays.copyOf(lengths, 2 * size);
        }
        starts[size] = arenaUsed;
        lengths[size] = n;
        arenaUsed += n;
        return size++;
    }

    private void grow() {
        int[] newSlots = new int[2 * slots.length];
        int[] newHashes = new int[2 * slots.length];
        int mask = newSlots.length - 1;
        for (int s = 0; s < slots.length; s++) {
            if (slots[s] != 0) {
                int slot = slotHashes[s] & mask;
                while (newSlots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                newSlots[slot] = slots[s];
                newHashes[slot] = slotHashes[s];
            }
        }
        slots = newSlots;
        slotHashes = newHashes;
    }

    /**
     * A hash of the bytes, eight at a time (multiply and shift per word, the tail as one word, then a final
     * mix so that the low bits index the table).
     */
    private static int hash(byte[] bytes, int from, int to) {
        long h = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            h = (h ^ (long) LONGS.get(bytes, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (; i < to; i++) {
            tail = (tail << 8) | (bytes[i] & 0xff);
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 32));
    }
}
