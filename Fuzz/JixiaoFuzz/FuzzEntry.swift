import CFuzzMain
import JixiaoProtocol

/// libFuzzer's entry point: the input is a stream of request lines, run against a fresh
/// model by ``ProtocolSelfCheck``; a broken promise is a crash, which libFuzzer saves.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if let broken = ProtocolSelfCheck.run(UnsafeBufferPointer(start: data, count: size)) {
        fatalError(broken)
    }
    return 0
}
