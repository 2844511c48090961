import ArgumentParser

struct HelloCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hello",
        abstract: "Show the daemon's protocol version and who it sees you as."
    )
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("HELLO") }
}

struct PingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ping", abstract: "Check that the daemon answers.")
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("PING") }
}

struct RawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raw",
        abstract: "Send one protocol line as written and print the reply.",
        discussion: "Example: jixiao raw 'PROJECT LIST hongjiang 2024'. See Protocol/PROTOCOL.md."
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "The protocol line.") var line: String
    func run() throws { try options.run(line) }
}
