-- Read models of aidledger. Run as a superuser once; the projector creates its own tables.
CREATE ROLE aidledger LOGIN PASSWORD 'change-me';
CREATE DATABASE aidledger OWNER aidledger;
