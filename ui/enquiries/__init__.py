"""The Enquiries section: intake form, enquiry list, follow-ups, people (issue 2)."""
