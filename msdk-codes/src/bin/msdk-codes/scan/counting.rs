//! `scan --summary`'s counting, on one thread or several. Each thread
//! takes the next block of the source in turn, reading it itself (so the
//! lines are in its own core's cache), and counts it into a tally of its
//! own while the others read and count theirs; the tallies are added up at
//! the end. One thread runs the same loop alone: the two differ only in
//! who counts which block, and counts add up in any order.
//!
//! Each thread has one block, reused: memory stays flat whatever the size
//! of the source.

use std::io::{self, Read};
use std::num::NonZeroUsize;
use std::sync::{Mutex, PoisonError};
use std::thread;

use msdk_codes::Table;

use super::blocks::{Block, Blocks};
use super::tally::Tally;

/// The source the threads share: its blocks, one thread reading at a time,
/// and the error that stopped them.
struct Shared<R> {
    blocks: Blocks<R>,
    failed: Option<io::Error>,
}

/// Counts the failing lines of `source` on `threads` threads.
pub fn count(
    source: impl Read + Send,
    threads: NonZeroUsize,
    only: Option<Table>,
    block_size: usize,
) -> io::Result<Tally> {
    let shared = Mutex::new(Shared {
        blocks: Blocks::new(source),
        failed: None,
    });
    let count_blocks = || {
        let mut block = Block::new(block_size);
        let mut tally = Tally::default();
        while next_block(&shared, &mut block) {
            tally.block(block.lines(), only);
        }
        tally
    };
    let tally = thread::scope(|scope| {
        // If a thread cannot start, the others count its share.
        let helpers: Vec<_> = (1..threads.get())
            .map_while(|_| {
                thread::Builder::new()
                    .spawn_scoped(scope, count_blocks)
                    .ok()
            })
            .collect();
        let mut tally = count_blocks();
        for helper in helpers {
            match helper.join() {
                Ok(counts) => tally.merge(counts),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        tally
    });
    match shared
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .failed
    {
        Some(err) => Err(err),
        None => Ok(tally),
    }
}

/// Fills `block` with the source's next lines; false at its end, or once a
/// read has failed.
fn next_block<R: Read>(shared: &Mutex<Shared<R>>, block: &mut Block) -> bool {
    let mut shared = shared.lock().unwrap_or_else(PoisonError::into_inner);
    if shared.failed.is_some() {
        return false;
    }
    match shared.blocks.next_into(block) {
        Ok(more) => more,
        Err(err) => {
            shared.failed = Some(err);
            false
        }
    }
}
