package dev.retain.app.customer.web;

import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded CSV files saved under their contract names in a fresh temporary folder, which
 * the import then reads like any other folder. Files with other names are left out and
 * listed, so the user sees what was not imported.
 */
final class UploadedFiles implements AutoCloseable {

    final Path dir;
    final List<String> ignored;

    private UploadedFiles(Path dir, List<String> ignored) {
        this.dir = dir;
        this.ignored = ignored;
    }

    static UploadedFiles store(List<MultipartFile> files) throws IOException {
        Path dir = Files.createTempDirectory("retain-upload-");
        List<String> ignored = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String original = file.getOriginalFilename();
            if (original == null || original.isBlank()) continue; // an empty file input
            // only the last path element, and only a contract name: nothing can land outside the folder
            String name = Path.of(original.replace('\\', '/')).getFileName().toString();
            if (!ImportService.contractFiles().contains(name)) {
                ignored.add(name);
                continue;
            }
            file.transferTo(dir.resolve(name));
        }
        return new UploadedFiles(dir, List.copyOf(ignored));
    }

    /** What the audit log keeps of an upload: the files with their row counts, and the names left out (no row content). */
    String audited(ImportRun run) {
        String files = run.files().stream().map(f -> f.file() + " " + f.loaded() + "/" + f.read())
                .collect(java.util.stream.Collectors.joining(", "));
        return (files.isEmpty() ? "no contract file" : files) + (ignored.isEmpty() ? "" : "; ignored " + String.join(", ", ignored));
    }

    @Override
    public void close() throws IOException {
        FileSystemUtils.deleteRecursively(dir);
    }
}
