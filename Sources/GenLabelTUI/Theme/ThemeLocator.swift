import Foundation

/// Finds theme files ("<name>.theme") in an ordered list of directories.
public enum ThemeLocator {
    /// The extension of theme files, without the dot.
    public static let fileExtension = "theme"

    /// The first regular file for theme `name` in `searchPaths`, in order, or nil.
    ///
    /// `name` is a theme name ("default" or "default.theme" looks for "default.theme" in each directory);
    /// a name containing "/" is a path to a theme file, used as is (with ".theme" added if that is what
    /// exists). Empty directories in `searchPaths` (an unset variable) are skipped.
    public static func find(name: String, searchPaths: [String]) -> URL? {
        guard !name.isEmpty else { return nil }
        let fileName = name.hasSuffix("." + fileExtension) ? name : name + "." + fileExtension
        if name.contains("/") {
            for candidate in [name, fileName] where isRegularFile(candidate) {
                return URL(fileURLWithPath: candidate).standardizedFileURL
            }
            return nil
        }
        for directory in searchPaths where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(fileName)
            if isRegularFile(candidate.path) { return candidate.standardizedFileURL }
        }
        return nil
    }

    /// The names of the themes found in `searchPaths` (file names without ".theme"), sorted, each once.
    public static func availableThemes(searchPaths: [String]) -> [String] {
        var names = Set<String>()
        for directory in searchPaths where !directory.isEmpty {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix("." + fileExtension) {
                let path = URL(fileURLWithPath: directory).appendingPathComponent(file).path
                if isRegularFile(path) { names.insert(String(file.dropLast(fileExtension.count + 1))) }
            }
        }
        return names.sorted()
    }

    /// Whether `path` exists and is not a directory.
    static func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
