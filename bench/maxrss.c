/*
 * maxrss: run a command, discard its stdout, print the child's peak RSS.
 *
 *   maxrss CMD [ARGS...]   ->  prints "<ru_maxrss KiB>\n" on stdout
 *
 * fork/exec + wait4() so only the child's own rusage is reported (not that
 * of the shell or of this helper). Exits with the child's status (128+sig if
 * it was killed), so callers can tell a crashed run from a real sample.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s CMD [ARGS...]\n", argv[0]);
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 2; }
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) { dup2(devnull, 1); close(devnull); }
        execvp(argv[1], argv + 1);
        fprintf(stderr, "maxrss: exec %s: %s\n", argv[1], strerror(errno));
        _exit(127);
    }
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) { perror("wait4"); return 2; }
    }
    printf("%ld\n", ru.ru_maxrss);
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 1;
}
