"""Agencies in one hall (issue 19): the design every scoped service follows.

ONE DATABASE = ONE HALL. A Mal Pelayanan Publik shares one PostgreSQL database; a single office running Loket alone
(SQLite, or its own PostgreSQL) is a hall of one agency. So `halls` holds exactly one row (the pengelola MPP: name,
logo, maklumat, opening hours), made by revision `agencies` and never added to; the central server, which gathers
many halls, tells them apart by device/office, not by this table. `agencies` are the instansi serving in the hall
(letterhead, signing officials, numbering patterns, logo, maklumat, the hall-wide services they offer) and
`agency_units` their units (the Setda's eight bureaus). Ids are derived from codes (db/agencies/ids.py), the same on
every PC. Shipped data: resources/agencies/agencies.json (hall, DPMPTSP-BLG, SETDA-BLG with its bureaus,
DPMPTSP-KALTARA as another office), each record with its seed lines.

WHAT IS SCOPED (column agency_id):
- master data: catalog_services (+ unit_id; NULL = a hall-wide service: LYN-ADUAN, LYN-INFO, LYN-KONSUL,
  LYN-PENYULUHAN, offered by the agencies whose `general_services` list it; db/agencies/placement.py places each
  entry), queue_groups and counters (NULL = the hall's own, e.g. an information desk), users (NULL = the hall's
  own staff, see below).
- records: applicants (each agency keeps its own register: NIK/NIB unique per agency), file_checks, applications,
  issued_documents (a return slip has no application), complaints, info_consultations, skm_responses, tickets (the
  agency of the ticket's group). What hangs off a record is reached through it and carries no column of its own:
  check_items (file_checks), application_steps, attachments, decrees, handovers (applications), complaint_steps
  (complaints), ticket_events (tickets).
- numbering: registration_sequences count per (agency, kind, year), so every agency has its own series; each
  agency's patterns (`number_formats`, keys = db/documents/numbering.KINDS) must carry its own mark so two agencies
  never produce the same number (numbers are unique columns).
- Not scoped: office_closures, holidays and settings (the hall's), audit_log (names the actor), sync tables.

HOW A SERVICE CHECKS IT (db/agencies/scope.py). The actor carries `agency_id` (set at sign-in from the user row;
None for the hall's staff and for system actors: CLI, kiosk, survey tablet, sync).
- `scope = scope_of(actor)`; lists add `.where(scope.where_own(Model.agency_id))` (records) or
  `.where(scope.where(Model.agency_id))` (master rows, where NULL means hall-wide): another agency's rows are never
  listed, counted or searched.
- one record: `scope.require(record.agency_id)` right after loading it, before anything is read out or changed:
  PermissionDenied "Data ini milik instansi lain; ..." (the same refusal whether it is read or written).
- a new record: `agency_for_new_record(session, actor, proposed)`: `proposed` is what the record derives from (the
  catalog service's agency, the applicant's, the file's, the chosen one); an officer may only propose their own;
  with nothing proposed an officer's record is their agency's; the hall's staff need not choose in a hall of one
  agency and must choose (DomainError "pilih instansi") in a hall of several.
- Writes take the actor already, so they are always checked: intake.submit, tracking.record_step and every SOP
  step (lifecycle/steps.check_current), decrees.issue/copy_pdf/set_status, handovers.hand_over, lifecycle.reject/
  archive/decree_to_print, conditions.fulfil, attachments.attach, complaints.record/advance, info_log.record/answer.
  Reads take `actor=` (keyword, last): tracking.get/find_number/search/history, applicants.find/get,
  conditions.for_application, attachments.of_application, handovers.find, info_log.recent, decree_preview; the
  screens always pass the signed-in user; without it a read is the system's (the whole hall), as the CLI is.
  complaints reads always take the actor (their visibility rule already did).
- A file's agency is the agency serving its service (catalog_services.agency_id; a hall-wide service: the
  applicant's); applicants are kept per agency, and a file handed in by an applicant on another agency's register
  (the hall's staff register once) copies them onto the file's agency's register (intake/applicants.in_agency).
- Documents print the record's agency: `letterhead.values_of_record(database, Model, id, settings_values)` lays the
  agency's letterhead, first signer, signing mode and number patterns over the office settings' keys the printing
  code already reads; numbering counts per agency (documents/numbering: next_number/next_in_series/peek_in_series
  take the agency; None = the hall's first agency). In a hall of one agency the office settings are that agency's
  (settings writes go through to it: letterhead.write_through).

ADMINISTRATION (services.agencies): add (records.AgencyRecord fields), update, add_shipped, import_file (the
documented JSON with its catalog, or an agency's CSV; db/agencies/importer.py; every problem with its line, nothing
half-imported; imported entries are the office's own, kept by later app catalogs), update_hall; two agencies' number
patterns may never give the same number (writes.py). Users: accounts.add_user/update_user(agency_id=...); the
administrator account is the hall's (never tied to an agency).

THE HALL'S OWN STAFF (users.agency_id NULL: the pengelola MPP's customer service, its administrator and supervisor)
may serve and see every agency; the kiosk and displays act for the whole hall. An officer of an agency sees only
their agency. Roles are unchanged and checked as before; the scope is a second, independent check.

A HALL OF ONE AGENCY (`services.agencies.is_single()`) behaves exactly as before agencies existed: no screen asks
for the agency, every record gets that agency. An upgraded single-office database is such a hall (revision
`agencies`: its office settings become the agency, every row and number series goes on under it).
"""
