package io.annalist.workspace;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An executor for the steps of a job that a task waits for: the steps run on the waiting
 * task's own thread, and none starts once the task is cancelled. An export draws on the FX
 * thread and then writes its file here: Cancel before the writing starts leaves no file. A
 * write already under way is not stopped (file writes in Java ignore interrupts); it is
 * finished whole, never left half done. One job per instance.
 */
final class OnTaskThread implements Executor {
    private static final Runnable DONE = () -> { };
    private final BlockingQueue<Runnable> steps = new LinkedBlockingQueue<>();
    private volatile boolean started;

    @Override
    public void execute(Runnable step) {
        steps.add(step);
    }

    /**
     * Runs the steps {@code job} hands to this executor until it completes, and returns its
     * result. Call on the task's thread.
     *
     * @throws InterruptedException when the task is cancelled while it waits
     * @throws Exception            what the job failed with
     */
    <T> T await(CompletableFuture<T> job) throws Exception {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("cancelled");
        }
        job.whenComplete((v, e) -> steps.add(DONE));
        while (!job.isDone()) {
            Runnable step = steps.take();
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled");
            }
            started |= step != DONE;
            step.run();
        }
        try {
            return job.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException ce && ce.getCause() != null
                    ? ce.getCause() : e.getCause();
            throw cause instanceof Exception ex ? ex : e;
        }
    }

    /** True once a step handed over (the writing of the file) has started. */
    boolean started() {
        return started;
    }
}
