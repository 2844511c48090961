import JixiaoProtocol

/// The protocol's time reading and writing, for the pages.
enum MomentTextBridge {
    static func milliseconds(_ text: String) throws -> Int64 {
        try MomentText.milliseconds(parsing: text, day: .start)
    }

    static func utc(_ milliseconds: Int64) -> String {
        MomentText.utc(milliseconds)
    }
}
