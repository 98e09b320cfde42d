package dev.clientele.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.Clientele;
import dev.clientele.data.AtomicFiles;
import dev.clientele.data.DataFingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads model bundles (see the package documentation). A bundle path ending in {@code .zip} is
 * a zip archive of the same files; any other path is a directory.
 *
 * <p>Writing is atomic: files go to a hidden sibling directory (or temporary zip) that replaces the
 * target only when complete. An existing target is replaced only if it is itself a bundle, so a mistyped
 * {@code --model} never wipes an unrelated directory.
 */
public final class ModelBundle {
    /**
     * The layout version this build writes and the highest it reads. 1: first layout; 2: a churn model's
     * components may carry an isotonic calibration map instead of Platt coefficients, which a format-1 reader
     * would silently ignore, so such readers must refuse these bundles.
     */
    public static final int FORMAT_VERSION = 2;
    public static final String MANIFEST = "manifest.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelBundle() {
    }

    /** A bundle read back and verified. */
    public record Loaded(Path location, Manifest manifest, Map<String, byte[]> files) {
        /** The bytes of a file of the bundle. */
        public byte[] file(String name) {
            byte[] b = files.get(name);
            if (b == null) {
                throw new BundleException(location.toString(), "bundle has no file '" + name + "'; it was written by "
                        + "another kind of trainer or is incomplete");
            }
            return b;
        }

        /** A JSON file of the bundle, parsed. */
        public JsonNode json(String name) {
            return tree(location.toString(), "bundle file '" + name + "'", file(name));
        }
    }

    /**
     * Writes a bundle.
     *
     * @param target   directory or {@code .zip} path
     * @param kind     e.g. {@code churn-model}
     * @param files    file name (no directories, not {@code manifest.json}) to content
     */
    public static Manifest write(Path target, String kind, long seed, DataFingerprint data, JsonNode options,
                                 JsonNode metrics, List<String> features, Map<String, byte[]> files) {
        Map<String, String> sums = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().equals(MANIFEST) || f.getKey().contains("/") || f.getKey().contains("\\")) {
                throw new IllegalArgumentException("invalid bundle file name '" + f.getKey() + "'");
            }
            sums.put(f.getKey(), sha256(f.getValue()));
        }
        Manifest m = new Manifest(FORMAT_VERSION, kind, Clientele.version(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), seed, dataJson(data), options, metrics,
                features, sums);
        byte[] manifest = toJson(m);
        Map<String, byte[]> all = new LinkedHashMap<>(new TreeMap<>(files));
        all.put(MANIFEST, manifest);
        if (isZip(target)) {
            AtomicFiles.writeStream(target, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    for (Map.Entry<String, byte[]> f : all.entrySet()) {
                        zip.putNextEntry(new ZipEntry(f.getKey()));
                        zip.write(f.getValue());
                        zip.closeEntry();
                    }
                }
            });
        } else {
            writeDirectory(target, all);
        }
        return m;
    }

    /**
     * Reads and verifies a bundle.
     *
     * @param expectedKind the kind the caller can use, or {@code null} for any
     * @throws BundleException when the path is not a bundle, a checksum fails, the format is newer than
     *                         this build, or the kind differs
     */
    public static Loaded read(Path location, String expectedKind) {
        String where = location.toString();
        if (!Files.exists(location)) {
            throw new BundleException(where, "no model bundle here (path not found); give the directory written by the train command");
        }
        Map<String, byte[]> files = isZip(location) ? readZip(location) : readDirectory(location);
        byte[] manifestBytes = files.remove(MANIFEST);
        if (manifestBytes == null) {
            throw new BundleException(where, "not a Clientele model bundle (no manifest.json); give the directory written by the train command");
        }
        Manifest m = parse(where, manifestBytes);
        if (m.formatVersion() > FORMAT_VERSION) {
            throw new BundleException(where, "bundle format " + m.formatVersion() + " (written by Clientele "
                    + m.clienteleVersion() + ") is newer than this build supports (" + FORMAT_VERSION
                    + "); upgrade Clientele to read it");
        }
        if (expectedKind != null && !expectedKind.equals(m.kind())) {
            throw new BundleException(where, "bundle holds a " + m.kind() + ", expected a " + expectedKind + "; "
                    + whatToDoWith(m.kind()));
        }
        for (Map.Entry<String, String> f : m.files().entrySet()) {
            byte[] content = files.get(f.getKey());
            if (content == null) {
                throw new BundleException(where, "bundle file '" + f.getKey() + "' listed in manifest.json is missing; "
                        + "the bundle is incomplete: retrain or restore it");
            }
            if (!sha256(content).equals(f.getValue())) {
                throw new BundleException(where, "bundle file '" + f.getKey() + "' does not match its SHA-256 in "
                        + "manifest.json: it was modified or damaged; retrain or restore the bundle");
            }
        }
        files.keySet().retainAll(m.files().keySet());
        return new Loaded(location, m, Map.copyOf(files));
    }

    /** Lower-case hex SHA-256. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isZip(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    private static ObjectNode dataJson(DataFingerprint data) {
        ObjectNode d = Manifest.object();
        if (data != null) {
            d.put("rows", data.rows());
            d.put("sha256", data.sha256());
            ObjectNode schema = d.putObject("schema");
            data.schema().forEach(schema::put);
        }
        return d;
    }

    private static byte[] toJson(Manifest m) {
        try {
            return JSON.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Manifest parse(String where, byte[] bytes) {
        try {
            return JSON.treeToValue(tree(where, MANIFEST, bytes), Manifest.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException(where, "manifest.json does not have the fields of a bundle manifest: "
                    + lowerFirst(jacksonReason(e)) + "; the bundle is damaged: train it again or restore it");
        }
    }

    /** Parses a bundle file as JSON, or says in one line where it is not JSON. */
    private static JsonNode tree(String where, String name, byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
            String place = at == null || at.getLineNr() < 0 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new BundleException(where, name + " is not valid JSON" + place + ": " + lowerFirst(jacksonReason(e))
                    + "; the bundle is damaged: train it again or restore it");
        }
    }

    /** The first line of Jackson's message without its internal source description ("[Source: REDACTED ...]"). */
    private static String jacksonReason(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return String.valueOf(m).lines().findFirst().orElse("")
                .replaceAll("\\s*\\(?(?:start marker )?at \\[Source:[^\\]]*\\]\\)?", "").strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Which command reads a bundle of a kind. */
    private static String whatToDoWith(String kind) {
        return switch (kind) {
            case "segmentation-model" -> "use 'clientele segment assign' with segmentation bundles";
            case "churn-model" -> "use 'clientele churn predict' or 'clientele churn evaluate' with churn bundles";
            default -> "give a bundle written by the matching train command";
        };
    }

    private static void writeDirectory(Path target, Map<String, byte[]> files) {
        Path abs = target.toAbsolutePath();
        String where = target.toString();
        try {
            if (Files.exists(abs) && (!Files.isDirectory(abs) || !isReplaceable(abs))) {
                throw new BundleException(where, "exists and is not a Clientele model bundle; choose a new or empty directory");
            }
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".tmp-");
            try {
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Files.write(tmp.resolve(f.getKey()), f.getValue());
                }
                Path old = null;
                if (Files.exists(abs)) {
                    old = abs.resolveSibling("." + abs.getFileName() + ".old-" + System.nanoTime());
                    Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
                if (old != null) {
                    deleteTree(old);
                }
            } catch (IOException | RuntimeException e) {
                deleteTree(tmp);
                throw e;
            }
        } catch (IOException e) {
            throw new BundleException(where, "cannot write bundle: " + e.getMessage());
        }
    }

    private static boolean isReplaceable(Path dir) throws IOException {
        if (Files.exists(dir.resolve(MANIFEST))) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static Map<String, byte[]> readDirectory(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            throw new BundleException(dir.toString(), "not a Clientele model bundle (not a directory or .zip); "
                    + "give the directory written by the train command");
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new BundleException(dir.toString(), "cannot read bundle: " + e.getMessage());
        }
        return files;
    }

    private static Map<String, byte[]> readZip(Path zipFile) {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    String name = e.getName();
                    int slash = name.lastIndexOf('/');
                    files.put(slash >= 0 ? name.substring(slash + 1) : name, zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new BundleException(zipFile.toString(), "not a readable zip bundle: " + e.getMessage());
        }
        return files;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // leftovers of a temporary directory are harmless
        }
    }
}
