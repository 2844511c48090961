import JixiaoCore
import JixiaoProtocol
import NIOCore
import Synchronization

extension StateExecutor {
    /// Answers a GET from the committed model as last published (as ``readCommitted(_:)``
    /// does), writing the reply straight into `output` when it can: an indicator in TSV,
    /// borrowed in place (``ModelState/withIndicator(_:_:_:)``) and encoded by
    /// ``IndicatorRowEncoder``. Returns `nil` when the reply was written; otherwise the
    /// reply to encode the usual way (another object, JSON rows, an error).
    nonisolated func answerGet(
        _ key: ObjectKey,
        format: RowFormat,
        money: MoneyFormat,
        into output: inout ByteBuffer
    ) -> Reply? {
        let state = committed.withLock { $0 }
        if format == .tsv, IndicatorRowEncoder.applies, case .part(let expenditure, .indicator(let code)) = key {
            do {
                try state.withIndicator(expenditure, code) { indicator in
                    IndicatorRowEncoder.write(indicator, key: expenditure, into: &output)
                }
                return nil
            } catch {
                return .error(ProtocolError(error))
            }
        }
        return MoneyFormat.$current.withValue(money) { () -> Reply in
            do throws(DomainError) {
                return .rows(try QueryTables.get(key, in: state))
            } catch {
                return .error(ProtocolError(error))
            }
        }
    }
}
