import JixiaoCore
import JixiaoProtocol
import Synchronization

extension StateExecutor {
    /// Answers GET and LIST from the committed model as last published, on the caller's
    /// thread; `nil` for every other command, which goes to the executor.
    ///
    /// The profile of a GET showed more time in the two thread hops to the executor and
    /// back than in the query. The published model is the one the executor's queries read
    /// (it is updated before a change is acknowledged), so a reader sees the same thing
    /// either way, including its own acknowledged writes.
    nonisolated func readCommitted(_ command: Command) -> Reply? {
        switch command {
        case .get(let key):
            let state = committed.withLock { $0 }
            do {
                return .rows(try QueryTables.get(key, in: state))
            } catch {
                return .error(ProtocolError(error))
            }
        case .list(let scope):
            let state = committed.withLock { $0 }
            do {
                return .rows(try QueryTables.list(scope, in: state))
            } catch {
                return .error(ProtocolError(error))
            }
        default:
            return nil
        }
    }
}
