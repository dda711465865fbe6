import Foundation
import PackagePlugin

/// Embeds the bundled council files (`data/`) in the binary, so `journey` finds them
/// wherever it runs from, also when the binary is copied out of the repository.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let dataRoot = context.package.directoryURL.appending(path: "data")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let inputs = files(under: dataRoot)
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) bundled data files",
                executable: try context.tool(named: "embed-data").url,
                arguments: [dataRoot.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func files(under root: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var result: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                result.append(url)
            }
        }
        return result.sorted { $0.path < $1.path }
    }
}
