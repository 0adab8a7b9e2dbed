package newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Small helpers for timing and rounding the figures a bench run prints. */
final class Figures {
    private Figures() {
    }

    static <T> long timed(Supplier<T> s) {
        long start = System.nanoTime();
        s.get();
        return System.nanoTime() - start;
    }

    static long heapUsedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static long folderBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }

    static double round3(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
