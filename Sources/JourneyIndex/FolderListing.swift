#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every entry under a folder, read with `opendir`/`readdir`: the listing a fingerprint is
/// taken over, for every council at each start, so it must cost little (FileManager's
/// enumerator costs many times more).
enum FolderListing {
    /// The paths, relative to `folder` and each after `prefix`, of every file and folder in it
    /// and (when `recursive`) in its folders (hidden ones included; symbolic links are listed,
    /// not followed); empty when it cannot be read.
    static func entries(of folder: String, prefix: String = "", recursive: Bool = true) -> [String] {
        var found: [String] = []
        collect(folder, prefix: prefix, recursive: recursive, into: &found)
        return found
    }

    private static func collect(_ folder: String, prefix: String, recursive: Bool, into found: inout [String]) {
        guard let directory = opendir(folder) else { return }
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            found.append(prefix + name)
            if recursive, isFolder(entry.pointee.d_type, in: folder, name: name) { folders.append(name) }
        }
        closedir(directory)
        for name in folders { collect(folder + "/" + name, prefix: prefix + name + "/", recursive: true, into: &found) }
    }

    /// Whether an entry is a folder (not a link to one), asking `lstat` when `readdir` does not
    /// say (only then is the entry's path made).
    private static func isFolder(_ type: UInt8, in folder: String, name: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var info = stat()
        return lstat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
