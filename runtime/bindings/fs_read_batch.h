// Whole-file reads for a batch of readFile jobs on one pool thread, issued
// through that thread's own io_uring: one io_uring_enter for the open, the
// reads and (later) the close of up to loop::kMaxWorkBatch files, instead
// of four system calls per file. See fs_read_batch.cc.
#pragma once

#include <cstddef>
#include <cstdint>

#include "fs_job.h"

namespace jolt::fs {

// Runs read_file_blocking's work for each of `jobs` (each gets its err, its
// data and size). Falls back to read_file_blocking itself, job by job, on a
// thread whose ring cannot be set up.
void read_files_batched(Job** jobs, size_t count);

// Provided by fs_file.cc for the batch reader.
//
// The whole blocking read of a job (open, fstat, read to EOF, close).
int read_file_blocking(Job& j);
// Keeps `n` bytes, all of a file that has been read to its end, as the job's
// result (one allocation of exactly `n` bytes, a chunk piece when small).
int keep_whole_read(Job& j, const uint8_t* bytes, size_t n);
// Finishes a read of which the first `have` bytes (at `prefix`) came from
// `fd` (owned from here; its position is right after them).
int finish_read_from(Job& j, int fd, const uint8_t* prefix, size_t have);

}  // namespace jolt::fs
