import Foundation
import JixiaoProtocol
import Testing

/// What the fuzzer checks (``ProtocolSelfCheck``), over its seeds and every input that once
/// broke a promise (Fuzz/regressions): each must now run clean.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let inputs: [String] = {
        var paths: [String] = []
        for folder in ["Fuzz/regressions", "Protocol/examples"] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            paths += names.sorted().map { "\(folder)/\($0)" }
        }
        return paths
    }()

    @Test func thereAreInputs() {
        #expect(Self.inputs.contains { $0.hasPrefix("Fuzz/regressions/") })
        #expect(Self.inputs.contains { $0.hasPrefix("Protocol/examples/") })
    }

    @Test(arguments: inputs)
    func anInputThatOnceBrokeAPromiseRunsClean(_ path: String) throws {
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent(path))
        #expect(ProtocolSelfCheck.run(bytes) == nil)
    }

    @Test func brokenBytesAreRefusedNotFatal() {
        let hostile: [[UInt8]] = [
            [0xFF, 0xFE, 0x0A], [0x50, 0x00, 0x49, 0x4E, 0x47, 0x0A], Array("IF REV=1 IF REV=2 PING\n".utf8),
            Array("UNIT CREATE \"x\n".utf8), Array(repeating: 0x22, count: 5000),
        ]
        for bytes in hostile { #expect(ProtocolSelfCheck.run(bytes) == nil) }
    }
}
