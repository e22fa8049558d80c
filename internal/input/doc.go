// Package input owns turning what a user names on the command line — paths,
// directories, glob patterns, file lists, archives (.tar, .tar.gz/.tgz, .zip,
// .warc, .warc.gz) and JSON Lines streams — into a sequence of pages.
//
// A Walker calls a function once per Item, in a stable order (arguments in
// the order given, directory entries sorted by name, archive members in
// archive order). An Item names the page for messages (Name), says where its
// output belongs under an output folder (RelPath) and gives its bytes.
// Archive members are read from the archive stream; nothing is unpacked to
// disk, and an Item's bytes can only be read while the callback runs.
//
// Choices this package makes, so that a batch run over a scrape is safe:
//
//   - Directories are walked recursively. Names starting with "." are
//     skipped unless Walker.Hidden is set; paths given explicitly are always
//     read.
//   - Include and Exclude are path.Match globs tried against both an
//     entry's base name and its slash-separated path relative to the
//     directory argument ("*.html" and "news/*/*.html" both work). Exclude
//     prunes directories too; Include applies to files only. An empty
//     Include takes every file.
//   - Symbolic links are followed when their target stays inside the
//     directory being walked; a link leading outside it is skipped with a
//     reason (never read), and a directory reached twice (a link loop, or
//     two links to one place) is walked once, tracked by device and inode.
//   - Folders in Walker.Avoid (the output folder) are never entered.
//   - FIFOs, sockets and devices are skipped with a reason: reading them
//     could block forever.
//   - Archive members whose names are absolute or climb out with ".." are
//     refused with an error for that member, so no output can ever be
//     written outside the output folder.
//   - Archives are recognised by name (.tar, .tar.gz, .tgz, .zip, .warc,
//     .warc.gz), as arguments and inside walked directories.
package input
