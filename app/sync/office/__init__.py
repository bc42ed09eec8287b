"""Office replication (issue 18): every member workstation holds the office's data; batches
of row versions travel between them. Qt-free; the services (app.services.peers) call it.
The protocol is described in docs/office-sync.md."""
