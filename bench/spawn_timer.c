/*
 * spawn_timer: wall time of whole process runs, interleaved.
 *
 *   spawn_timer ROUNDS WARMUP CMD1 [ARGS...] -- CMD2 [ARGS...] [-- ...]
 *
 * Each round runs every command once, in turn (fork, exec with stdout on
 * /dev/null, wait), timing each from just before fork to the end of wait
 * on CLOCK_MONOTONIC. Interleaving makes load from elsewhere on the machine
 * fall on every command alike, which back-to-back batches (hyperfine's
 * way) do not; and no shell sits between the timer and the process.
 * Prints one line per command: "median_ms mean_ms sd_ms min_ms".
 * Exits 1 when a run fails (non-zero exit or a signal).
 */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* One run of argv; returns its wall time in ms, or -1 on failure. */
static double run_once(char **argv, int devnull) {
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        dup2(devnull, STDOUT_FILENO);
        execv(argv[0], argv);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) return -1;
    double t1 = now_ms();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return t1 - t0;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s ROUNDS WARMUP CMD [ARGS...] [-- CMD [ARGS...]]...\n", argv[0]);
        return 2;
    }
    int rounds = atoi(argv[1]), warmup = atoi(argv[2]);
    if (rounds < 1 || warmup < 0) {
        fprintf(stderr, "spawn_timer: bad ROUNDS or WARMUP\n");
        return 2;
    }
    /* Split the rest at "--" into commands (argv is modified in place). */
    char **cmds[64];
    int ncmd = 0;
    cmds[ncmd++] = &argv[3];
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            argv[i] = NULL;
            if (i + 1 >= argc || ncmd == 64) {
                fprintf(stderr, "spawn_timer: empty or too many commands\n");
                return 2;
            }
            cmds[ncmd++] = &argv[i + 1];
        }
    }
    int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (devnull < 0) {
        perror("/dev/null");
        return 2;
    }
    double *times = malloc(sizeof(double) * (size_t)rounds * (size_t)ncmd);
    if (!times) return 2;
    for (int r = -warmup; r < rounds; r++) {
        for (int c = 0; c < ncmd; c++) {
            double t = run_once(cmds[c], devnull);
            if (t < 0) {
                fprintf(stderr, "spawn_timer: %s failed\n", cmds[c][0]);
                return 1;
            }
            if (r >= 0) times[(size_t)c * (size_t)rounds + (size_t)r] = t;
        }
    }
    for (int c = 0; c < ncmd; c++) {
        double *t = times + (size_t)c * (size_t)rounds;
        double sum = 0, var = 0;
        for (int i = 0; i < rounds; i++) sum += t[i];
        double mean = sum / rounds;
        for (int i = 0; i < rounds; i++) var += (t[i] - mean) * (t[i] - mean);
        qsort(t, (size_t)rounds, sizeof(double), cmp_double);
        double median = rounds % 2 ? t[rounds / 2] : (t[rounds / 2 - 1] + t[rounds / 2]) / 2;
        printf("%.3f %.3f %.3f %.3f\n", median, mean, rounds > 1 ? sqrt(var / (rounds - 1)) : 0.0, t[0]);
    }
    free(times);
    return 0;
}
