import ArgumentParser
import JixiaoWebAccounts

#if canImport(Glibc)
import Glibc
#endif

/// `jixiao web-user add|list|passwd|delete`: the accounts people log in to jixiao-web with.
///
/// The file is local (`/etc/jixiao/web-users`, written atomically); the daemon is not asked.
/// An account maps to a Unix user, whose groups give the role on the web exactly as on the
/// socket, so granting or taking a role stays `usermod`/`gpasswd`.
struct WebUserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "web-user",
        abstract: "管理网页账户 (jixiao-web): 添加、列出、改密码、删除。",
        discussion: """
            每个网页账户对应一个 Unix 用户; 该用户所在的组 (jixiao-read, jixiao-operator, jixiao-admin) \
            决定其在网页上的角色, 与在套接字上完全一样。密码以 bcrypt 散列保存在账户文件中 \
            (默认 /etc/jixiao/web-users, 环境变量 JIXIAO_WEB_USERS), 修改时原子写入。
            Each web account maps to a Unix user whose groups give its role; passwords are kept \
            as bcrypt hashes in the accounts file, which is written atomically.
            """,
        subcommands: [WebUserAdd.self, WebUserList.self, WebUserPasswd.self, WebUserDelete.self]
    )
}

/// Where the accounts file is.
struct WebUserFileOption: ParsableArguments {
    @Option(
        name: .customLong("file"),
        help: ArgumentHelp("账户文件 (默认 /etc/jixiao/web-users, 环境变量 JIXIAO_WEB_USERS)。", valueName: "path")
    )
    var path: String?

    /// The file: the option, then the environment, then the default.
    var resolved: String {
        if let path { return path }
        if let value = getenv("JIXIAO_WEB_USERS"), value.pointee != 0 { return String(cString: value) }
        return WebAccountsFile.defaultPath
    }

    /// Runs a change of the file, reporting a refusal as exit code 1.
    func update(_ change: (inout WebAccounts) throws(WebAccountsError) -> Void) throws {
        do {
            try WebAccountsFile.update(resolved, change)
        } catch {
            Output.printError("\(error)")
            throw Output.serverError
        }
    }
}

/// How a new password is given.
struct PasswordInput: ParsableArguments {
    @Flag(help: "从标准输入读取一行作为密码 (供脚本使用), 而不是在终端上询问两次。")
    var passwordStdin = false

    /// Reads the password: one line of standard input, or twice from the terminal without echo.
    func read() throws -> String {
        if passwordStdin || isatty(STDIN_FILENO) == 0 {
            guard let line = readLine(strippingNewline: true) else {
                Output.printError("标准输入中没有密码 (no password on standard input)")
                throw ExitCode.validationFailure
            }
            return line
        }
        let first = try Self.prompt("新密码: ")
        let second = try Self.prompt("再输入一次: ")
        guard first == second else {
            Output.printError("两次输入的密码不一致 (the passwords differ)")
            throw ExitCode.validationFailure
        }
        return first
    }

    private static func prompt(_ text: String) throws -> String {
        Output.writeError(text)
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            Output.writeError("\n")
        }
        guard let line = readLine(strippingNewline: true) else { throw ExitCode.validationFailure }
        return line
    }

    /// The hash of the password read.
    func hash() throws -> String {
        do {
            return try PasswordHash.make(try read())
        } catch let error as WebAccountsError {
            Output.printError("\(error)")
            throw ExitCode.validationFailure
        }
    }
}

struct WebUserAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "添加网页账户 NAME, 以 Unix 用户 USER 的身份访问 jixiaod。"
    )
    @OptionGroup var file: WebUserFileOption
    @OptionGroup var password: PasswordInput
    @Argument(help: ArgumentHelp("登录名: 小写字母、数字、. _ -, 最多32个。", valueName: "name")) var name: String
    @Option(help: ArgumentHelp("对应的 Unix 用户 (其所在的组决定角色)。", valueName: "user")) var unixUser: String
    @Option(help: ArgumentHelp("页面上显示的姓名, 如 张会计。", valueName: "text")) var displayName = ""

    func validate() throws {
        guard WebAccount.isName(name) else {
            throw ValidationError("登录名只能用小写字母、数字、. _ -, 以字母或数字开头, 最多32个: '\(name)'")
        }
        guard !displayName.contains("\n"), displayName.count <= 64 else {
            throw ValidationError("显示名不能换行, 最多64个字符")
        }
        guard let entry = getpwnam(unixUser) else {
            throw ValidationError("系统中没有 Unix 用户 '\(unixUser)' (useradd 先创建它)")
        }
        if entry.pointee.pw_uid == 0 {
            // jixiaod refuses AS root from any proxy but root itself (`make run` as root).
            Output.printError(
                "注意: root 总是管理员, jixiaod 只在 jixiao-web 本身以 root 运行时接受; 正式使用请对应 jixiao-admin 组中的用户"
            )
        }
    }

    func run() throws {
        let hash = try password.hash()
        let account = WebAccount(name: name, unixUser: unixUser, passwordHash: hash, displayName: displayName)
        try file.update { (accounts: inout WebAccounts) throws(WebAccountsError) in try accounts.add(account) }
        print("已添加网页账户 \(name) → Unix 用户 \(unixUser)")
    }
}

struct WebUserList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出网页账户 (不显示密码散列)。")
    @OptionGroup var file: WebUserFileOption

    func run() throws {
        let accounts: WebAccounts
        do {
            accounts = try WebAccountsFile.load(file.resolved)
        } catch {
            Output.printError("\(error)")
            throw Output.serverError
        }
        print("name\tunix_user\tdisplay_name")
        for account in accounts.accounts {
            print("\(account.name)\t\(account.unixUser)\t\(account.displayName)")
        }
    }
}

struct WebUserPasswd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "修改网页账户 NAME 的密码 (其已登录的会话随即失效)。"
    )
    @OptionGroup var file: WebUserFileOption
    @OptionGroup var password: PasswordInput
    @Argument(help: ArgumentHelp("登录名。", valueName: "name")) var name: String

    func run() throws {
        let hash = try password.hash()
        try file.update { (accounts: inout WebAccounts) throws(WebAccountsError) in
            try accounts.setPasswordHash(hash, of: name)
        }
        print("已修改 \(name) 的密码")
    }
}

struct WebUserDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "删除网页账户 NAME (其已登录的会话随即失效)。"
    )
    @OptionGroup var file: WebUserFileOption
    @Argument(help: ArgumentHelp("登录名。", valueName: "name")) var name: String

    func run() throws {
        try file.update { (accounts: inout WebAccounts) throws(WebAccountsError) in try accounts.remove(name) }
        print("已删除网页账户 \(name)")
    }
}
