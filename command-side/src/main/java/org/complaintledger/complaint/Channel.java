package org.complaintledger.complaint;

/** How a complaint or a piece of correspondence came in or went out (3.1, 3.2: any channel, any member of staff). */
public enum Channel { PHONE, EMAIL, LETTER, IN_PERSON, ONLINE_FORM, SOCIAL_MEDIA, VIA_STAFF, VIA_REPRESENTATIVE }
