import Foundation
import GenLabelCore
import GenLabelTUI

/// Finds and reads a theme by name, from the repository's `Themes/` when run from a checkout and from
/// the installed share directory after `make install`.
enum ThemeLoading {
    static func searchPaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var paths: [String] = []
        if let custom = environment["GENLABEL_THEMES"], !custom.isEmpty { paths.append(custom) }
        paths.append(FileManager.default.currentDirectoryPath + "/Themes")
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let binDirectory = executable.deletingLastPathComponent()
        paths.append(binDirectory.appendingPathComponent("../share/genlabel/themes").standardized.path)
        // Built in a checkout: .build/<config>/genlabel → the checkout's Themes/.
        paths.append(binDirectory.appendingPathComponent("../../../Themes").standardized.path)
        paths += ["/usr/local/share/genlabel/themes", "/usr/share/genlabel/themes"]
        // Run from the checkout, the current directory's Themes/ and the build's are the same: once each.
        var seen = Set<String>()
        return paths.filter { seen.insert(URL(fileURLWithPath: $0).standardized.path).inserted }
    }

    static func load(_ name: String) throws(UsageError) -> Theme {
        let paths = searchPaths()
        guard let url = ThemeLocator.find(name: name, searchPaths: paths) else {
            if name == "default" { return Theme.builtIn }
            throw UsageError(T(.errorThemeNotFound, name, paths.joined(separator: ", ")))
        }
        do {
            return try Theme.load(from: url)
        } catch {
            throw UsageError(T(.errorThemeInvalid, name, error.description))
        }
    }
}
