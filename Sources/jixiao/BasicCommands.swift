import ArgumentParser
import JixiaoClient

struct HelloCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hello",
        abstract: L("显示协议版本，以及守护进程认定的你的用户名和角色。", "Show the daemon's protocol version and who it sees you as.")
    )
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("HELLO") }
}

struct PingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ping",
        abstract: L("检查守护进程是否应答。", "Check that the daemon answers.")
    )
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("PING") }
}

/// `jixiao raw LINE`: one protocol line, for the protocol's own sake; nothing an operator
/// does needs it.
struct RawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raw",
        abstract: L(
            "发送一行协议原文并打印应答（调试用；日常操作都有对应的命令）。",
            "Send one protocol line as written and print the reply (for the protocol; every operator task has its command)."
        ),
        discussion: L(
            "例：jixiao raw 'PROJECT LIST hongjiang 2024'。见 Protocol/PROTOCOL.md。含换行符的参数会被拒绝（退出码 64），因为它会变成不止一条请求；空行和 # 注释也不发送（守护进程不应答它们）。多行请用 jixiao batch。",
            "Example: jixiao raw 'PROJECT LIST hongjiang 2024'. See Protocol/PROTOCOL.md. An argument with a line break is refused (exit code 64): it would be more than one request; a blank line or a # comment is not sent either (the daemon does not answer them). For many lines use jixiao batch."
        )
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: help("协议行。", "The protocol line.")) var line: String
    func validate() throws {
        if let refusal = ClientConnection.refusal(of: line) {
            throw ValidationError(L("未发送：\(ErrorGloss.notARequest(refusal))", "not sent: \(refusal)"))
        }
    }
    func run() throws { try options.run(line) }
}
