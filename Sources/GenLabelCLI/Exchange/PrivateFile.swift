import Foundation

/// Files holding exported data: created 0600 whatever the umask, written to a temporary file in the
/// same directory and renamed into place, so a crash never leaves half a file under the final name.
enum PrivateFile {
    struct Failure: Error {
        let path: String
        let code: Int32
    }

    /// Creates an empty, private (0600) temporary file next to `path`; returns its path.
    static func createTemporary(near path: String) throws(Failure) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let candidate = (directory.isEmpty ? "" : directory + "/") + ".\(base).\(getpid()).\(suffix).tmp"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                let status = fchmod(descriptor, 0o600)
                let code = errno
                close(descriptor)
                guard status == 0 else { unlink(candidate); throw Failure(path: candidate, code: code) }
                return candidate
            }
            if errno != EEXIST { throw Failure(path: path, code: errno) }
        }
        throw Failure(path: path, code: EEXIST)
    }

    /// Writes `bytes` to `path` atomically, 0600. Replaces an existing file.
    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let temporary = try createTemporary(near: path)
        let descriptor = open(temporary, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { let code = errno; unlink(temporary); throw Failure(path: temporary, code: code) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor); unlink(temporary)
                throw Failure(path: path, code: code)
            }
            written += result
        }
        if fsync(descriptor) != 0 {
            let code = errno
            close(descriptor); unlink(temporary)
            throw Failure(path: path, code: code)
        }
        close(descriptor)
        try moveIntoPlace(temporary, path, overwrite: true)
    }

    /// Renames `temporary` to `path`. Without `overwrite`, fails with EEXIST when `path` exists
    /// (link then unlink: no window where another file could be replaced).
    static func moveIntoPlace(_ temporary: String, _ path: String, overwrite: Bool) throws(Failure) {
        if overwrite {
            guard rename(temporary, path) == 0 else { let code = errno; unlink(temporary); throw Failure(path: path, code: code) }
        } else {
            guard link(temporary, path) == 0 else { let code = errno; unlink(temporary); throw Failure(path: path, code: code) }
            unlink(temporary)
        }
    }
}
