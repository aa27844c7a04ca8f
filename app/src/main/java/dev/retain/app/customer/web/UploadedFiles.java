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
    private final List<String> stored;

    private UploadedFiles(Path dir, List<String> stored, List<String> ignored) {
        this.dir = dir;
        this.stored = stored;
        this.ignored = ignored;
    }

    static UploadedFiles store(List<MultipartFile> files) throws IOException {
        Path dir = Files.createTempDirectory("retain-upload-");
        List<String> ignored = new ArrayList<>();
        List<String> stored = new ArrayList<>();
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
            stored.add(name);
        }
        return new UploadedFiles(dir, List.copyOf(stored), List.copyOf(ignored));
    }

    /**
     * What the audit log keeps of an upload: the contract files, each with rows loaded/read when the
     * import got that far, and the names left out — never row content.
     */
    String audited(ImportRun run) {
        String files = stored.stream().map(name -> name + run.files().stream().filter(f -> f.file().equals(name)).findFirst()
                        .map(f -> " " + f.loaded() + "/" + f.read()).orElse(""))
                .collect(java.util.stream.Collectors.joining(", "));
        return (files.isEmpty() ? "no contract file" : files) + (ignored.isEmpty() ? "" : "; ignored " + String.join(", ", ignored));
    }

    @Override
    public void close() throws IOException {
        FileSystemUtils.deleteRecursively(dir);
    }
}
