import NIOCore

/// Runs a task's jobs on one NIO event loop: a connection's task runs on its channel's own
/// loop, so that taking a request from the channel and writing its reply need no hop to
/// another thread (each hop is a thread wake-up, tens of microseconds on a busy machine,
/// more than a GET's work).
final class EventLoopTaskExecutor: TaskExecutor {
    let loop: any EventLoop

    init(_ loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
