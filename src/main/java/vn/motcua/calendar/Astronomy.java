package vn.motcua.calendar;

/**
 * The two astronomical events a lunisolar calendar needs: new moons and the Sun's longitude.
 * Formulas after J. Meeus, "Astronomical Algorithms" (2nd ed.): true new moon with its periodic
 * terms (ch. 49), the Sun's apparent longitude at low accuracy (ch. 25, about 0.01 degree) and
 * the Espenak-Meeus polynomials for Delta T. Good to a minute or so over 1900-2200, which is what
 * deciding the civil day of an event needs. All times are Julian days in Universal Time.
 */
final class Astronomy {

    /** Julian day of 1970-01-01 00:00 UT, so that epoch day d starts at UNIX_EPOCH_JD + d. */
    static final double UNIX_EPOCH_JD = 2440587.5;

    static final double SYNODIC_MONTH = 29.530588861;

    /** Mean new moon k = 0 is the one of 6 January 2000 (Meeus 49.1). */
    private static final double NEW_MOON_EPOCH_JDE = 2451550.09766;

    private static final double J2000 = 2451545.0;

    private Astronomy() {
    }

    /** Index of the mean new moon nearest to the given moment (k = 0: 6 January 2000). */
    static long newMoonIndexNear(double jd) {
        return Math.round((jd - NEW_MOON_EPOCH_JDE) / SYNODIC_MONTH);
    }

    /** Moment (JD, UT) of the k-th true new moon counted from 6 January 2000. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double periodic = -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);

        // Planetary perturbations (Meeus, "additional corrections for all phases").
        double planetary = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDeg(251.88 + 0.016321 * k)
                + 0.000164 * sinDeg(251.83 + 26.651886 * k)
                + 0.000126 * sinDeg(349.42 + 36.412478 * k)
                + 0.000110 * sinDeg(84.66 + 18.206239 * k)
                + 0.000062 * sinDeg(141.74 + 53.303771 * k)
                + 0.000060 * sinDeg(207.14 + 2.453732 * k)
                + 0.000056 * sinDeg(154.84 + 7.306860 * k)
                + 0.000047 * sinDeg(34.52 + 27.261239 * k)
                + 0.000042 * sinDeg(207.19 + 0.121824 * k)
                + 0.000040 * sinDeg(291.34 + 1.844379 * k)
                + 0.000037 * sinDeg(161.72 + 24.198154 * k)
                + 0.000035 * sinDeg(239.56 + 25.513099 * k)
                + 0.000023 * sinDeg(331.55 + 3.592518 * k);

        double terrestrial = jde + periodic + planetary;
        return terrestrial - deltaTSeconds(yearOf(terrestrial)) / 86400.0;
    }

    /** Apparent geocentric ecliptic longitude of the Sun in degrees, [0, 360), at a moment (JD, UT). */
    static double sunLongitude(double jdUt) {
        double jde = jdUt + deltaTSeconds(yearOf(jdUt)) / 86400.0;
        double t = (jde - J2000) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        double apparent = l0 + centre - 0.00569 - 0.00478 * Math.sin(omega);
        return normalize(apparent);
    }

    /** Moment (JD, UT) at which the Sun's apparent longitude reaches the target, searched near a guess. */
    static double sunReaches(double targetDegrees, double jdGuess) {
        double jd = jdGuess;
        for (int i = 0; i < 20; i++) {
            double diff = normalize(targetDegrees - sunLongitude(jd) + 180) - 180;
            jd += diff * 365.2422 / 360.0;
            if (Math.abs(diff) < 1e-7) {
                break;
            }
        }
        return jd;
    }

    /**
     * Delta T = TT - UT in seconds (Espenak and Meeus polynomials, NASA eclipse site); only the
     * pieces that cover 1860-2200 are kept because the calendar supports 1900-2199.
     */
    static double deltaTSeconds(double year) {
        if (year < 1900) {
            double t = year - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
        }
        if (year < 1920) {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.pow(t, 4);
        }
        if (year < 1941) {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * Math.pow(t, 4) + 0.00002373599 * Math.pow(t, 5);
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        if (year < 2150) {
            return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        return -20 + 32 * u * u;
    }

    private static double yearOf(double jd) {
        return 2000.0 + (jd - J2000) / 365.2425;
    }

    private static double normalize(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360.0);
    }

    private static double sinDeg(double degrees) {
        return Math.sin(rad(degrees));
    }
}
