import Foundation

/// Reads a whole file (an import's CSV): a regular file only — a directory, a device (`/dev/zero`
/// would fill the memory) or a named pipe (which would wait forever) is refused before it is opened —
/// and at most `maximumSize` bytes.
public enum FileBytes {
    /// Largest file read: 2 GiB (the ×100 benchmark's learners file is about a quarter of it).
    public static let maximumSize = 2 << 30

    /// The file's bytes. Throws the system error (missing, not allowed, a directory, not a regular
    /// file: `ENODEV`, too large: `EFBIG`).
    public static func read(_ path: String) throws(SystemError) -> [UInt8] {
        var before = stat()
        guard stat(path, &before) == 0 else { throw SystemError() }
        guard (before.st_mode & S_IFMT) != S_IFDIR else { throw SystemError(EISDIR) }
        guard (before.st_mode & S_IFMT) == S_IFREG else { throw SystemError(ENODEV) }
        guard Int(before.st_size) <= maximumSize else { throw SystemError(EFBIG) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw SystemError() }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw SystemError() }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw SystemError(EISDIR) }
        // Replaced between the check and the open: checked again on what was opened.
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw SystemError(ENODEV) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError()
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > maximumSize { throw SystemError(EFBIG) }
        }
        return bytes
    }
}
