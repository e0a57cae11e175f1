package cn.tenstrong.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * 数据目录落盘: forces every file of a directory tree, and the directories themselves, to the disk — what
 * {@code initdb --sync-only} does, in Java because the shipped binaries have no such option. The upgrade's new cluster
 * runs without fsync for speed; it is synced once, as a whole, before it replaces the old one.
 */
final class DirectorySync {

    private DirectorySync() {
    }

    static void force(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
        // directories after their files, so the entries naming them are durable too
        List<Path> deepestFirst = new ArrayList<>(paths);
        Collections.reverse(deepestFirst);
        for (Path path : deepestFirst) {
            if (Files.isDirectory(path)) {
                forceDirectory(path);
            }
        }
        forceDirectory(root.toAbsolutePath().getParent());
    }

    /** Linux lets a directory be opened for reading and synced; elsewhere this is not possible and not needed. */
    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this system: its file system orders the entries itself
        }
    }
}
